import Foundation
import Testing

/// `briefing run` end to end: the built binary against a feed server on 127.0.0.1.
@Suite(.serialized) struct RunEndToEndTests {
    private func prepared() throws -> (Sandbox, FeedServer) {
        try Sandbox.servingTwoFeeds()
    }

    @Test func firstRunWritesTheDraftAndASecondChangesNothing() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        let first = try sandbox.run(["run", "--month", "2025-05"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.hasPrefix("2025-05: 2 feeds, 4 new entries, 0 failed; draft drafts/2025-05.md ("))
        let draft = try sandbox.read("drafts/2025-05.md")
        #expect(draft.hasPrefix("# 2025.05 云原生相关信息简报"))
        #expect(draft.contains("https://github.com/etcd-io/etcd/releases/tag/v3.6.0"))

        let second = try sandbox.run(["run", "--month", "2025-05"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains(", 0 new entries, 0 failed;"))
        #expect(try sandbox.read("drafts/2025-05.md") == draft)
    }

    @Test func aNewEntryAppearsAfterTheNextRun() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        #expect(try sandbox.run(["run", "--month", "2025-05"]).status == 0)
        #expect(try !sandbox.read("drafts/2025-05.md").contains("Data.World"))

        try sandbox.addNewsEntry()
        let next = try sandbox.run(["run", "--month", "2025-05"])
        #expect(next.status == 0, "stderr: \(next.stderr)")
        #expect(next.stdout.contains(", 1 new entries, 0 failed;"))
        #expect(try sandbox.read("drafts/2025-05.md").contains("Data.World"))
    }

    @Test func anEditedDraftIsLeftAlone() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        #expect(try sandbox.run(["run", "--month", "2025-05"]).status == 0)
        let edited = try sandbox.read("drafts/2025-05.md") + "\n编辑的备注。\n"
        try edited.write(to: sandbox.file("drafts/2025-05.md"), atomically: true, encoding: .utf8)

        try sandbox.addNewsEntry()
        let next = try sandbox.run(["run", "--month", "2025-05"])
        #expect(next.status == 0, "stderr: \(next.stderr)")
        #expect(next.stdout.contains("edited by hand, left alone; new candidates in drafts/2025-05.new.md"))
        #expect(try sandbox.read("drafts/2025-05.md") == edited)
        #expect(try sandbox.read("drafts/2025-05.new.md").contains("Data.World"))
    }

    @Test func aSecondConcurrentRunIsRefused() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        try sandbox.writeConfig(port: server.port, feeds: [("slow", "slow/news.rss", "news")])
        let (first, _, _) = try sandbox.start(["run", "--month", "2025-05"])
        defer { kill(first.processIdentifier, SIGKILL) }
        Thread.sleep(forTimeInterval: 1.0)
        let second = try sandbox.run(["run", "--month", "2025-05"])
        #expect(second.status == 4)
        #expect(second.stderr.contains("pid \(first.processIdentifier)"))
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
    }

    @Test func aRunKilledMidwayIsCompletedByTheNext() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        #expect(try sandbox.run(["run", "--month", "2025-05"]).status == 0)
        try sandbox.writeConfig(
            port: server.port,
            feeds: [
                ("etcd", "etcd-releases.atom", "project"), ("news", "news.rss", "news"),
                ("slow", "slow/news.rss", "news"),
            ])
        let (victim, _, _) = try sandbox.start(["run", "--month", "2025-05"])
        Thread.sleep(forTimeInterval: 1.0)
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        let next = try sandbox.run(["run", "--month", "2025-05"])
        #expect(next.status == 0, "stderr: \(next.stderr)")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = [
            "python3", "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])",
            sandbox.file("briefing.sqlite").path,
        ]
        let out = Pipe()
        check.standardOutput = out
        try check.run()
        check.waitUntilExit()
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "ok\n")
        #expect(try sandbox.read("drafts/2025-05.md").contains("v3.6.0"))
    }

    @Test func aDryRunStoresNothingAndWritesNoDraft() throws {
        let (sandbox, server) = try prepared()
        defer { withExtendedLifetime(server) {} }
        let dry = try sandbox.run(["run", "--month", "2025-05", "--dry-run", "--verbose"])
        #expect(dry.status == 0, "stderr: \(dry.stderr)")
        #expect(dry.stdout.contains("# 2025.05 云原生相关信息简报"))
        #expect(dry.stdout.contains("dry run, "))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("drafts/2025-05.md").path))
        let stored = try sandbox.run(["entries", "--json"]).stdout
        #expect(stored.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    @Test func everyFeedFailingExitsThreeAndListsThem() throws {
        let sandbox = try Sandbox()
        try sandbox.writeConfig(port: 9, feeds: [("nowhere", "feed.xml", "news")])
        let result = try sandbox.run(["run", "--month", "2025-05"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("failed: nowhere: "))
        #expect(!FileManager.default.fileExists(atPath: sandbox.file("drafts/2025-05.md").path))
    }
}
