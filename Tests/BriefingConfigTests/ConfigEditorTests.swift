import BriefingModel
import Foundation
import Testing

@testable import BriefingConfig

@Suite struct ConfigEditorTests {
    private let istio = FeedSource(name: "Istio Blog", url: "https://istio.io/latest/blog/feed.xml")
    private let rust = FeedSource(name: "Rust & Friends", url: "https://blog.rust-lang.org/feed.xml")

    @Test func opmlImportKeepsCommentsAndOrder() throws {
        let before = try Fixture.text("import-before.yaml")
        let feeds = try OPML.parse(Fixture.data("subscriptions.opml"), path: "subscriptions.opml")
        let result = ConfigEditor.appendingFeeds(feeds, to: before)
        try Golden.check(result.text, against: "import-after.yaml")
        #expect(result.added.map(\.name) == ["Istio Blog", "Rust & Friends", "CNCF Blog (2)"])
        #expect(
            result.skipped == [
                "'etcd releases again' (https://github.com/etcd-io/etcd/releases.atom): skipped, "
                    + "its URL is already listed as 'etcd'"
            ])
        let config = try ConfigLoader.parse(result.text, path: "/team/feeds.yaml")
        #expect(config.feeds.map(\.name) == ["etcd", "CNCF Blog", "Istio Blog", "Rust & Friends", "CNCF Blog (2)"])
        #expect(config.rules.count == 1)
    }

    @Test func importingTheSameFeedsTwiceAddsNothing() throws {
        let once = ConfigEditor.appendingFeeds([istio, rust], to: try Fixture.text("import-before.yaml"))
        let twice = ConfigEditor.appendingFeeds([istio, rust], to: once.text)
        #expect(twice.text == once.text)
        #expect(twice.added.isEmpty)
        #expect(twice.skipped.count == 2)
    }

    @Test func duplicatesWithinTheImportAreSkipped() {
        let copy = FeedSource(name: "Istio again", url: "https://ISTIO.io/latest/blog/feed.xml/")
        let result = ConfigEditor.appendingFeeds([istio, copy], to: "feeds: []\n")
        #expect(result.added == [istio])
        #expect(
            result.skipped == [
                "'Istio again' (https://ISTIO.io/latest/blog/feed.xml/): skipped, its URL is already listed as 'Istio Blog'"
            ])
    }

    @Test func indentlessListKeepsItsStyle() throws {
        let text = "feeds:\n- name: a\n  url: https://a.example/\n# Rules next.\nrules: []\n"
        let result = ConfigEditor.appendingFeeds([istio], to: text)
        #expect(
            result.text
                == "feeds:\n- name: a\n  url: https://a.example/\n- name: Istio Blog\n  url: https://istio.io/latest/blog/feed.xml\n"
                + "# Rules next.\nrules: []\n")
        _ = try ConfigLoader.parse(result.text, path: "/t/feeds.yaml")
    }

    @Test func emptyOrMissingListBecomesABlockList() throws {
        let expectedItems = "  - name: Istio Blog\n    url: https://istio.io/latest/blog/feed.xml\n"
        #expect(
            ConfigEditor.appendingFeeds([istio], to: "title: x\nfeeds: []  # none yet\nrules: []\n").text
                == "title: x\nfeeds:  # none yet\n\(expectedItems)rules: []\n")
        #expect(
            ConfigEditor.appendingFeeds([istio], to: "feeds:\ntimezone: UTC\n").text
                == "feeds:\n\(expectedItems)timezone: UTC\n")
        #expect(ConfigEditor.appendingFeeds([istio], to: "title: x\n").text == "title: x\nfeeds:\n\(expectedItems)")
        #expect(ConfigEditor.appendingFeeds([istio], to: "title: x").text == "title: x\nfeeds:\n\(expectedItems)")
    }

    @Test func flowListGetsFlowEntries() throws {
        let text = "feeds: [{name: a, url: 'https://a.example/'},\n  {name: b, url: \"https://b.example/]\"}]  # two\n"
        let result = ConfigEditor.appendingFeeds([istio], to: text)
        #expect(
            result.text
                == "feeds: [{name: a, url: 'https://a.example/'},\n  {name: b, url: \"https://b.example/]\"}, "
                + "{name: \"Istio Blog\", url: \"https://istio.io/latest/blog/feed.xml\"}]  # two\n")
        let config = try ConfigLoader.parse(result.text, path: "/t/feeds.yaml")
        #expect(config.feeds.map(\.name) == ["a", "b", "Istio Blog"])
    }

    @Test func unusualValuesAreQuotedAndEveryFieldRoundTrips() throws {
        let odd = FeedSource(
            name: "yes", url: "https://odd.example/feed?a=1#frag", kind: .project, section: .reports, releases: .all,
            enabled: false, userAgent: "agent: \"x\"", maxBytes: 3 << 20, timeout: .milliseconds(1500), weight: 2.5)
        let chinese = FeedSource(name: "云原生社区", url: "https://cn.example/rss")
        let result = ConfigEditor.appendingFeeds(
            [odd, chinese], to: "feeds:\n    -   name: a\n        url: https://a/\n")
        let config = try ConfigLoader.parse(result.text, path: "/t/feeds.yaml")
        #expect(config.feeds == [FeedSource(name: "a", url: "https://a/"), odd, chinese])
        #expect(result.text.contains("    -   name: \"yes\"\n        url: https://odd.example/feed?a=1#frag\n"))
    }

    @Test func invalidYAMLIsLeftAlone() {
        let text = "feeds: [\n"
        let result = ConfigEditor.appendingFeeds([istio], to: text)
        #expect(result.text == text)
        #expect(result.added.isEmpty)
        #expect(
            result.skipped == [
                "'Istio Blog' (https://istio.io/latest/blog/feed.xml): not added: the config is not valid YAML "
                    + "with settings at the top level; fix it first"
            ])
    }

    @Test func feedsThatIsNotAListIsLeftAlone() {
        let text = "feeds:\n  a: 1\n"
        let result = ConfigEditor.appendingFeeds([istio], to: text)
        #expect(result.text == text)
        #expect(
            result.skipped == [
                "'Istio Blog' (https://istio.io/latest/blog/feed.xml): not added: `feeds:` in the config is not a list; "
                    + "fix it first"
            ])
        #expect(ConfigEditor.appendingFeeds([istio], to: "feeds: ~\n").added == [istio])
    }

    @Test func starterConfigLoadsAndTakesImports() throws {
        let config = try ConfigLoader.parse(StarterConfig.text, path: "/new/team/feeds.yaml")
        #expect(config.feeds.map(\.name) == ["Kubernetes Blog", "etcd", "CNCF Blog"])
        #expect(config.feeds[1].section == .releases)
        #expect(config.storePath == "/new/team/briefing.sqlite")
        #expect(config.rules.count == 2)
        #expect(config.fetch == FetchSettings())
        #expect(config.classify == ClassifySettings(sectionCaps: [.releases: 15]))
        let imported = ConfigEditor.appendingFeeds([istio], to: StarterConfig.text)
        let after = try ConfigLoader.parse(imported.text, path: "/new/team/feeds.yaml")
        #expect(after.feeds.map(\.name) == ["Kubernetes Blog", "etcd", "CNCF Blog", "Istio Blog"])
        #expect(
            imported.text.contains(
                "    # enabled: false      # keep a feed listed without fetching it\n  - name: Istio Blog"))
    }
}
