import BriefingConfig
import Foundation
import Testing

@testable import BriefingPipeline

/// `briefing check-feeds`: each feed fetched once from 127.0.0.1, nothing stored.
@Suite(.serialized) struct CheckFeedsTests {
    /// A sandbox serving the etcd and news fixtures, listed under the given (name, path) pairs.
    private func serving(_ feeds: [(String, String)]) throws -> (Sandbox, FeedServer) {
        let sandbox = try Sandbox()
        try sandbox.serve("etcd-releases.atom")
        try sandbox.serve("news.rss")
        let server = try FeedServer(root: sandbox.served)
        try sandbox.writeConfig(port: server.port, feeds: feeds.map { ($0.0, $0.1, "news") })
        return (sandbox, server)
    }

    private func checker(_ sandbox: Sandbox, now: Date = Date()) throws -> FeedChecker {
        FeedChecker(config: try ConfigLoader.load(path: sandbox.file("feeds.yaml").path), now: { now })
    }

    @Test func aFeedIsReportedWithStatusFormatEntriesNewestAndQuiet() async throws {
        let (sandbox, server) = try serving([("etcd", "etcd-releases.atom"), ("news", "news.rss")])
        defer { withExtendedLifetime(server) {} }
        let checks = try await checker(sandbox).check()
        #expect(checks.map(\.name) == ["etcd", "news"])
        let etcd = try #require(checks.first)
        #expect(etcd.status == 200)
        #expect(etcd.format == "atom10")
        #expect(etcd.entries == 2)
        #expect(etcd.newestEntry == ISO8601DateFormatter().date(from: "2025-05-15T16:20:00Z"))
        #expect(etcd.finalURL == nil && !etcd.movedPermanently && etcd.problem == nil)
        // The fixtures are from May 2025: quiet today, not the day after the newest entry.
        #expect(etcd.quiet)
        let dayAfter = try #require(etcd.newestEntry).addingTimeInterval(86_400)
        #expect(try await checker(sandbox, now: dayAfter).check(only: ["etcd"]).first?.quiet == false)
    }

    @Test func redirectsNameTheFinalURLAndWhetherFeedsYAMLShouldChange() async throws {
        let (sandbox, server) = try serving([("moved", "moved/news.rss"), ("found", "found/etcd-releases.atom")])
        defer { withExtendedLifetime(server) {} }
        let checks = try await checker(sandbox).check()
        #expect(
            checks.map(\.finalURL) == [
                "http://127.0.0.1:\(server.port)/news.rss", "http://127.0.0.1:\(server.port)/etcd-releases.atom",
            ])
        #expect(checks.map(\.movedPermanently) == [true, false])
        #expect(checks.allSatisfy { $0.isFeed && $0.status == 200 })
    }

    @Test func aMissingFeedIsAProblemNamingItsURL() async throws {
        let (sandbox, server) = try serving([("missing", "nothing-here.xml")])
        defer { withExtendedLifetime(server) {} }
        let check = try #require(try await checker(sandbox).check().first)
        let url = "http://127.0.0.1:\(server.port)/nothing-here.xml"
        #expect(check.status == 404)
        #expect(
            check.problem == "\(url): HTTP 404; open the URL in a browser to check it; briefing retries with back-off")
        #expect(!check.isFeed && check.format == nil && check.entries == 0 && !check.quiet)
    }

    @Test func aFeedThatMovedToAMissingPageNamesBoth() async throws {
        let (sandbox, server) = try serving([("moved-away", "moved/nothing-here.xml")])
        defer { withExtendedLifetime(server) {} }
        let check = try #require(try await checker(sandbox).check().first)
        #expect(check.status == 404)
        #expect(check.finalURL == "http://127.0.0.1:\(server.port)/nothing-here.xml")
        #expect(check.movedPermanently)
        #expect(check.problem?.hasPrefix("http://127.0.0.1:\(server.port)/moved/nothing-here.xml: HTTP 404") == true)
    }

    @Test func anUnknownFeedNameIsAUsageError() async throws {
        let (sandbox, server) = try serving([("etcd", "etcd-releases.atom")])
        defer { withExtendedLifetime(server) {} }
        let error = await #expect(throws: PipelineError.self) {
            _ = try await checker(sandbox).check(only: ["etcdd"])
        }
        #expect(error?.exitStatus == .usage)
        let run = try sandbox.run(["check-feeds", "--feed", "etcdd"])
        #expect(run.status == 64)
        #expect(
            run.stderr.hasSuffix("briefing: no feed named 'etcdd' in feeds.yaml; did you mean 'etcd'?\n"))
    }

    @Test func theCommandPrintsOneLinePerFeedAndStoresNothing() throws {
        let (sandbox, server) = try serving([
            ("etcd", "etcd-releases.atom"), ("moved", "moved/news.rss"), ("missing", "nothing-here.xml"),
        ])
        defer { withExtendedLifetime(server) {} }
        let base = "http://127.0.0.1:\(server.port)"
        let run = try sandbox.run(["check-feeds"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(
            run.stdout == """
                etcd\tHTTP 200\tatom10\t2 entries\tnewest 2025-05-16\tquiet
                moved\tHTTP 200\trss20\t2 entries\tnewest 2025-05-13\tquiet
                \tmoved permanently to \(base)/news.rss: update feeds.yaml
                missing\tfailed\t\(base)/nothing-here.xml: HTTP 404; open the URL in a browser to check it; briefing retries with back-off
                checked 3 feeds: 2 ok, 1 failed, 1 moved permanently, 2 quiet

                """)
        #expect(run.stderr.hasPrefix("notice: fetch.contact is not set"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("briefing.sqlite").path))
        let one = try sandbox.run(["check-feeds", "--feed", "moved"])
        #expect(one.stdout.hasSuffix("checked 1 feeds: 1 ok, 0 failed, 1 moved permanently, 1 quiet\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try sandbox.run(["check-feeds", "--json"]).stdout.utf8))
                as? [[String: Any]])
        #expect(json.map { $0["name"] as? String } == ["etcd", "moved", "missing"])
        #expect(json[1]["final_url"] as? String == "\(base)/news.rss")
        #expect(json[1]["moved_permanently"] as? Bool == true)
        #expect(json[0]["newest_entry"] as? String == "2025-05-15T16:20:00Z")
        #expect(json[2]["status"] as? Int == 404)
        #expect(json[2]["problem"] is String && json[2]["format"] is NSNull)
    }

    @Test func everyFeedFailingEndsWithExitThree() throws {
        let (sandbox, server) = try serving([("missing", "nothing-here.xml")])
        defer { withExtendedLifetime(server) {} }
        #expect(try sandbox.run(["check-feeds"]).status == 3)
    }

    @Test func initWritesTheContactTheUserAgentNames() throws {
        let sandbox = try Sandbox()
        let bad = try sandbox.run(["init", "--contact", "nobody"])
        #expect(bad.status == 65)
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("feeds.yaml").path))
        let good = try sandbox.run(["init", "--contact", "desk@example.org"])
        #expect(good.status == 0, "stderr: \(good.stderr)")
        #expect(try sandbox.read("feeds.yaml").contains("  contact: \"desk@example.org\"\n"))
        let config = try ConfigLoader.load(path: sandbox.file("feeds.yaml").path)
        #expect(config.fetch.userAgent.hasSuffix(" (+mailto:desk@example.org)"))
    }
}
