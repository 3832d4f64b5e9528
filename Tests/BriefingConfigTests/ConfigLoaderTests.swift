import BriefingModel
import Foundation
import Testing

@testable import BriefingConfig

@Suite struct ConfigLoaderTests {
    @Test func everyKeyIsRead() throws {
        let config = try ConfigLoader.parse(Fixture.text("feeds-full.yaml"), path: "/srv/briefing/feeds.yaml")
        #expect(config.path == "/srv/briefing/feeds.yaml")
        #expect(config.directory == "/srv/briefing")
        #expect(config.storePath == "/srv/briefing/data/briefing.sqlite")
        #expect(config.draft.titleTemplate == "{year}.{month} Cloud Native Digest")
        #expect(config.draft.timeZone.identifier == "Europe/Berlin")
        #expect(config.draft.directory == "/srv/out/drafts")
        #expect(config.draft.templatePath == "/srv/briefing/templates/draft.md")
        let fetch = FetchSettings(
            concurrency: 4, perHost: 1, timeout: .seconds(45), connectTimeout: .milliseconds(500),
            maxBytes: 2 << 20, userAgent: "test-agent/1", failureThreshold: 3)
        #expect(config.fetch == fetch)
        let classify = ClassifySettings(
            reviewThreshold: 0.4, sectionCap: 10, sectionCaps: [.releases: 15, .fun: 3], similarity: 0.7,
            vocabulary: ["kubernetes", "etcd"])
        #expect(config.classify == classify)
    }

    @Test func feedsKeepFileOrderAndOverrides() throws {
        let config = try ConfigLoader.parse(Fixture.text("feeds-full.yaml"), path: "/srv/briefing/feeds.yaml")
        let etcd = FeedSource(
            name: "etcd", url: "https://github.com/etcd-io/etcd/releases.atom", kind: .project, section: .releases,
            releases: .major, enabled: false, userAgent: "etcd-agent", maxBytes: 4 << 20, timeout: .seconds(20),
            weight: 1.5)
        let local = FeedSource(name: "local", url: "file:///srv/briefing/fixtures/local.xml")
        let news = FeedSource(name: "news site", url: "https://news.example.com/feed")
        #expect(config.feeds == [etcd, local, news])
    }

    @Test func defaultsApplyWhenKeysAreLeftOut() throws {
        let config = try ConfigLoader.parse("feeds: []\n", path: "/tmp/team/feeds.yaml")
        #expect(config.storePath == "/tmp/team/briefing.sqlite")
        #expect(config.draft.directory == "/tmp/team/drafts")
        #expect(config.draft.titleTemplate == "{year}.{month} 云原生相关信息简报")
        #expect(config.draft.timeZone.identifier == "Asia/Shanghai")
        #expect(config.draft.templatePath == nil)
        #expect(config.fetch == FetchSettings())
        #expect(config.classify == ClassifySettings())
        #expect(config.feeds.isEmpty)
        #expect(config.rules.isEmpty)
    }

    @Test func feedDefaultsAreNewsMinorEnabled() throws {
        let config = try ConfigLoader.parse("feeds:\n  - {name: a, url: 'https://a.example/feed'}\n", path: "/x/f.yaml")
        #expect(config.feeds == [FeedSource(name: "a", url: "https://a.example/feed")])
        #expect(config.feeds[0].kind == .news)
        #expect(config.feeds[0].releases == .minor)
        #expect(config.feeds[0].enabled)
        #expect(config.feeds[0].weight == 1)
    }

    @Test func nullSectionsMeanDefaultsAndQuotedBooleansAreBooleans() throws {
        let config = try ConfigLoader.parse(
            "template: ~\nfetch: ~\nclassify: ~\nrules: ~\nfeeds:\n  - {name: a, url: 'https://a/', enabled: 'false'}\n",
            path: "/x/feeds.yaml")
        #expect(config.draft.templatePath == nil)
        #expect(config.fetch == FetchSettings())
        #expect(config.feeds.map(\.enabled) == [false])
        #expect(config.rules.isEmpty)
    }

    @Test func relativeConfigPathResolvesAgainstWorkingDirectory() throws {
        let config = try ConfigLoader.parse("store: db.sqlite\n", path: "conf/feeds.yaml")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(config.path == NSString(string: cwd + "/conf/feeds.yaml").standardizingPath)
        #expect(config.storePath == NSString(string: cwd + "/conf/db.sqlite").standardizingPath)
    }

    @Test func absoluteAndFileURLsAreKept() throws {
        let text = """
            store: /var/lib/briefing.sqlite
            feeds:
              - {name: abs, url: "file:///data/feed.xml"}
              - {name: rel, url: "file:feeds/x.xml"}
            """
        let config = try ConfigLoader.parse(text, path: "/home/ed/feeds.yaml")
        #expect(config.storePath == "/var/lib/briefing.sqlite")
        #expect(config.feeds.map(\.url) == ["file:///data/feed.xml", "file:///home/ed/feeds/x.xml"])
    }

    @Test func loadReadsTheFileFromDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-load-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feeds.yaml")
        try Fixture.text("feeds-full.yaml").write(to: file, atomically: true, encoding: .utf8)
        let config = try ConfigLoader.load(path: file.path)
        #expect(config.feeds.count == 3)
        #expect(config.storePath == folder.appendingPathComponent("data/briefing.sqlite").path)
    }

    @Test func missingFileIsExit66() {
        let expected = ConfigError(
            exitStatus: .missingInput, message: "no-such-feeds.yaml: no such file; create one with 'briefing init'")
        #expect(throws: expected) { _ = try ConfigLoader.load(path: "no-such-feeds.yaml") }
        let error = #expect(throws: ConfigError.self) { _ = try ConfigLoader.load(path: "/nonexistent/dir/feeds.yaml") }
        #expect(error?.exitStatus == .missingInput)
        #expect(error?.exitStatus.rawValue == 66)
    }
}
