import Foundation
import Testing

/// The commands around the run, with the built binary: learn, label, compose, feeds, entries,
/// check-config, init and OPML.
@Suite(.serialized) struct CommandTests {
    private func ranMonth() throws -> (Sandbox, FeedServer) {
        let (sandbox, server) = try Sandbox.servingTwoFeeds()
        let run = try sandbox.run(["run", "--month", "2025-05"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return (sandbox, server)
    }

    private func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func feedsAndEntriesPrintTheirJSONContract() throws {
        let (sandbox, server) = try ranMonth()
        defer { withExtendedLifetime(server) {} }
        let feeds = try json(try sandbox.run(["feeds", "--json"]).stdout)
        #expect(feeds.map { $0["name"] as? String } == ["etcd", "news"])
        #expect(feeds.first?["entries"] as? Int == 2)
        #expect(feeds.first?["last_error"] is NSNull)
        #expect(
            Set(feeds.first?.keys.map { $0 } ?? []) == [
                "name", "url", "effective_url", "status", "last_error", "error_count", "entries", "last_success",
                "next_fetch_at", "gone", "newest_entry", "quiet", "notice",
            ])
        let entries = try json(try sandbox.run(["entries", "--month", "2025-05", "--feed", "news", "--json"]).stdout)
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0["section"] is String && $0["first_seen"] is String })
        #expect(try json(try sandbox.run(["entries", "--month", "2025-04", "--json"]).stdout).isEmpty)
    }

    @Test func labelAndLearnStoreTheEditorsDecisions() throws {
        let (sandbox, server) = try ranMonth()
        defer { withExtendedLifetime(server) {} }
        let entries = try json(try sandbox.run(["entries", "--json"]).stdout)
        let mesh = try #require(entries.first { ($0["title"] as? String)?.hasPrefix("What is a service mesh") == true })
        let id = try #require(mesh["id"] as? Int)
        let label = try sandbox.run(["label", "\(id)", "products"])
        #expect(label.status == 0, "stderr: \(label.stderr)")
        #expect(try sandbox.run(["label", "999999", "news"]).status == 64)
        #expect(try sandbox.run(["label", "\(id)", "blog"]).status == 64)

        // The editors keep the etcd release under releases and delete everything else.
        let draft = """
            # 2025.05 云原生相关信息简报

            ## 🆕 专题一 产品新功能/新版本

            ### 1. etcd v3.6.0 发布

            [v3.6.0](https://github.com/etcd-io/etcd/releases/tag/v3.6.0)

            ## 📰 专题二 新闻与访谈

            本月暂无。
            """
        try draft.write(to: sandbox.file("finished.md"), atomically: true, encoding: .utf8)
        let learn = try sandbox.run(["learn", "finished.md"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        #expect(learn.stdout.hasPrefix("learned 1 kept and "))
        #expect(try sandbox.run(["learn", "missing.md"]).status == 66)
    }

    @Test func composeWritesHTMLAndJSONWhereAsked() throws {
        let (sandbox, server) = try ranMonth()
        defer { withExtendedLifetime(server) {} }
        let html = try sandbox.run(["compose", "--month", "2025-05", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html") && html.stdout.contains("v3.6.0"))
        let out = try sandbox.run(["compose", "--month", "2025-05", "--format", "json", "--out", "may.json"])
        #expect(out.status == 0)
        let data = try Data(contentsOf: sandbox.file("may.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        let again = try sandbox.run(["compose", "--month", "2025-05"])
        #expect(again.stdout.contains("unchanged"))
    }

    @Test func hostileFeedsOverHTTPLeakNothingAndDoNotBlowUp() throws {
        let sandbox = try Sandbox()
        try sandbox.serve("xxe.rss")
        let server = try FeedServer(root: sandbox.served)
        defer { withExtendedLifetime(server) {} }
        try sandbox.writeConfig(port: server.port, feeds: [("hostile", "xxe.rss", "news")])
        let run = try sandbox.run(["run", "--month", "2025-05"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let entries = try sandbox.run(["entries", "--json"]).stdout
        #expect(!entries.contains("root:"))
        #expect(entries.count < 10_000)
    }

    @Test func checkConfigSummarizesOrNamesTheLine() throws {
        let sandbox = try Sandbox()
        try sandbox.writeConfig(port: 1, feeds: [("a", "a.xml", "news"), ("b", "b.xml", "project")])
        let ok = try sandbox.run(["check-config"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("feeds.yaml: ok; 2 feeds (2 enabled: 1 project, 1 news), 0 rules"))
        let text = try sandbox.read("feeds.yaml").replacingOccurrences(of: "kind: project", with: "kind: blog")
        try text.write(to: sandbox.file("feeds.yaml"), atomically: true, encoding: .utf8)
        let bad = try sandbox.run(["check-config"])
        #expect(bad.status == 65)
        #expect(bad.stderr == "briefing: feeds[1].kind: 'blog' is not one of project, news (feeds.yaml:12)\n")
        let missing = try sandbox.run(["check-config", "--config", "nothere.yaml"])
        #expect(missing.status == 66)
    }

    @Test func initWritesAStarterOnceAndOPMLRoundTrips() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run(["init"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(try sandbox.run(["init"]).status == 64)
        #expect(try sandbox.run(["check-config"]).status == 0)

        let opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>x</title></head><body>
              <outline text="Tech"><outline text="Example News" type="rss" xmlUrl="https://example.org/feed.xml"/></outline>
            </body></opml>
            """
        try opml.write(to: sandbox.file("in.opml"), atomically: true, encoding: .utf8)
        let before = try sandbox.read("feeds.yaml")
        let imported = try sandbox.run(["import-opml", "in.opml"])
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        let after = try sandbox.read("feeds.yaml")
        #expect(after.hasPrefix(before.trimmingCharacters(in: .newlines)) || after.contains("# "))
        #expect(after.contains("https://example.org/feed.xml"))
        let exported = try sandbox.run(["export-opml"])
        #expect(exported.stdout.contains("xmlUrl=\"https://example.org/feed.xml\""))
        #expect(exported.stdout.contains("<opml version=\"2.0\">"))
    }
}
