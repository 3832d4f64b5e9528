import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// The month as the editors live it: what `.new.md` offers, the last evening of a month, an outage.
@Suite(.serialized) struct MonthLoopTests {
    @Test func newCandidatesHoldOnlyWhatIsNewNeverWhatTheEditorsDeleted() throws {
        let demo = try DemoMonth()
        let draft = try demo.draft()
        let deleted = "2,000 Kubestronauts and counting"
        let blocks = draft.components(separatedBy: "\n### ")
        let edited = blocks.filter { !$0.contains(deleted) }.joined(separator: "\n### ")
        #expect(edited != draft)
        try demo.edit(edited)

        let quiet = try demo.run(["run", "--month", "2025-05"])
        #expect(quiet.status == 0, "stderr: \(quiet.stderr)")
        #expect(quiet.stdout.contains("no new candidates"), "\(quiet.stdout)")
        #expect(!FileManager.default.fileExists(atPath: demo.sandbox.file("drafts/2025-05.new.md").path))

        let item = """
              <item>
                <title>Dapr graduates from the CNCF incubator</title>
                <link>https://www.cncf.io/announcements/2025/05/29/dapr-graduates/</link>
                <pubDate>Thu, 29 May 2025 09:00:00 +0000</pubDate>
                <guid isPermaLink="false">https://www.cncf.io/?p=99999</guid>
                <description>The Cloud Native Computing Foundation announced that Dapr, the distributed application runtime for Kubernetes, has graduated.</description>
              </item>
            </channel>
            """
        let feed = try demo.sandbox.read("feeds/cncf.xml").replacingOccurrences(of: "</channel>", with: item)
        try feed.write(to: demo.sandbox.file("feeds/cncf.xml"), atomically: true, encoding: .utf8)
        let next = try demo.run(["run", "--month", "2025-05"])
        #expect(next.status == 0, "stderr: \(next.stderr)")
        let fresh = try demo.sandbox.read("drafts/2025-05.new.md")
        #expect(fresh.contains("Dapr graduates from the CNCF incubator"))
        #expect(!fresh.contains(deleted))
        #expect(fresh.hasPrefix("# 2025.05 云原生相关信息简报 · 新条目(自 "))
        #expect(try demo.draft() == edited)
    }

    @Test func theLastEveningOfAMonthReachesItsDraftOnTheFirstOfTheNext() async throws {
        let demo = try DemoMonth()
        try FileManager.default.removeItem(at: demo.sandbox.file("drafts"))
        // 2025-06-01 07:10 in Shanghai: the cron run of June 1.
        let juneFirst = Date(timeIntervalSince1970: 1_748_733_000)
        let workspace = try Workspace.open(configPath: demo.sandbox.file("demo.yaml").path)
        let report = try await RunJob(workspace: workspace, now: { juneFirst }).run()
        #expect(report.compose.month.description == "2025-06")
        #expect(report.previous?.month.description == "2025-05")
        #expect(
            report.summaryLine(relativeTo: demo.sandbox.root.path).contains("; also 2025-05 (open until 06-07): draft"))
        // Karmada v1.14.0 was released on May 31 at 19:20 in Shanghai.
        #expect(try demo.draft().contains("https://github.com/karmada-io/karmada/releases/tag/v1.14.0"))

        let week = juneFirst.addingTimeInterval(7 * 86_400)
        let later = try await RunJob(workspace: workspace, now: { week }).run()
        #expect(later.previous == nil)
    }

    @Test func anOutageIsReportedOnEveryRunNotOnlyTheFirst() throws {
        let sandbox = try Sandbox()
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        try sandbox.writeConfig(port: 1, feeds: [("dead", "feed.xml", "news"), ("dead2", "other.xml", "news")])
        let first = try sandbox.run(["run", "--quiet"])
        #expect(first.status == 3)
        #expect(first.stderr.hasPrefix("briefing: every feed failed (2 of 2); the most common error (2 feeds): "))
        let second = try sandbox.run(["run", "--quiet"])
        #expect(second.status == 3, "stdout: \(second.stdout)")
        #expect(second.stderr.contains("no feed has ever been fetched successfully (2 feeds)"), "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("drafts").path))
    }

    @Test func anOutageLongerThanAlertAfterFailsTheRunWhileFeedsWaitInBackOff() async throws {
        let sandbox = try Sandbox()
        try sandbox.serve("etcd-releases.atom")
        try sandbox.serve("news.rss")
        var server: FeedServer? = try FeedServer(root: sandbox.served)
        try sandbox.writeConfig(
            port: try #require(server?.port),
            feeds: [("etcd", "etcd-releases.atom", "project"), ("news", "news.rss", "news")])
        let start = Date(timeIntervalSince1970: 1_748_000_000)
        let workspace = try Workspace.open(configPath: sandbox.file("feeds.yaml").path)
        _ = try await RunJob(workspace: workspace, now: { start }).run(month: Month("2025-05"))
        server = nil  // the server goes away: every later fetch is refused
        // Two days later every fetch fails; half an hour after that both feeds wait in back-off.
        let twoDays = start.addingTimeInterval(2 * 86_400)
        await #expect(throws: RunFailure.self) { try await RunJob(workspace: workspace, now: { twoDays }).run() }
        let hourLater = twoDays.addingTimeInterval(1_800)
        do {
            _ = try await RunJob(workspace: workspace, now: { hourLater }).run()
            Issue.record("a run during a two-day outage must fail")
        } catch let failure as RunFailure {
            #expect(failure.report.skipped == 2)
            #expect(failure.message.hasPrefix("no feed has succeeded for 2 days (since "), "\(failure.message)")
            #expect(failure.message.contains("the most common error (2 of 2 feeds): "), "\(failure.message)")
        }
    }
}

/// A feed cut off mid-way: its entries are stored, the cut-off one too, and the feed says so.
@Suite(.serialized) struct PartialFeedTests {
    @Test func aCutOffFeedIsANoticeOnThatFeedAndItsLastEntryIsKept() throws {
        let sandbox = try Sandbox()
        for name in ["demo.yaml", "feeds"] {
            try FileManager.default.copyItem(
                at: DemoMonth.examples.appendingPathComponent(name), to: sandbox.file(name))
        }
        let run = try sandbox.run(["run", "--config", "demo.yaml", "--month", "2025-05"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("notice: cloudnativenow: file://"))
        #expect(run.stderr.contains("the document is cut off or not well-formed"))
        // Kmesh is the third entry of the cut-off feed; the editors published it.
        #expect(try sandbox.read("drafts/2025-05.md").contains("Kmesh"))
        let feeds = try sandbox.run(["feeds", "--config", "demo.yaml", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(feeds.stdout.utf8)) as? [[String: Any]])
        let cut = try #require(list.first { $0["name"] as? String == "cloudnativenow" })
        #expect((cut["notice"] as? String)?.contains("the last cut off mid-way") == true)
        #expect(list.first { $0["name"] as? String == "etcd-releases" }?["notice"] is NSNull)
    }
}
