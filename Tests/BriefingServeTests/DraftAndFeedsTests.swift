import BriefingModel
import BriefingPipeline
import BriefingStore
import Foundation
import Testing

@testable import BriefingServe

@Suite(.serialized) struct DraftAndFeedsTests {
    @Test func theDraftButtonWritesTheFileAndLeavesAnEditedOneAlone() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let path = demo.folder.appendingPathComponent("drafts/2025-05.md")
        try FileManager.default.removeItem(at: path)
        try await demo.serve { client in
            let preview = try await client.get("/month/2025-05/draft")
            #expect(preview.body.contains("# 2025.05 云原生相关信息简报"))
            let written = try await client.post("/month/2025-05/draft", [:])
            #expect(written.status == .ok)
            #expect(written.body.contains("wrote drafts/2025-05.md ("))
            let text = try String(contentsOf: path, encoding: .utf8)
            #expect(text.hasPrefix("# 2025.05 云原生相关信息简报"))

            try (text + "\n编辑的备注\n").write(to: path, atomically: true, encoding: .utf8)
            let kept = try await client.post("/month/2025-05/draft", [:])
            #expect(kept.body.contains("drafts/2025-05.md was edited by hand, so it was left alone"))
            #expect(kept.body.contains("id=\"learn-draft\""))
            #expect(try String(contentsOf: path, encoding: .utf8).hasSuffix("编辑的备注\n"))

            let learned = try await client.post("/month/2025-05/learn", [:])
            #expect(learned.body.contains("learned "))
            #expect(try demo.labels().contains { $0.label.source.hasPrefix("learn: ") })
        }
    }

    @Test func theFeedsPageShowsHealthAndAnEntriesPerDayChart() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        try await demo.serve { client in
            let page = try await client.get("/feeds?month=2025-05")
            #expect(page.status == .ok)
            #expect(page.body.contains("istio-releases"))
            #expect(page.body.contains("<svg class=\"chart\""))
            #expect(page.body.contains("this is an HTML page, not a feed"))
            // 31 days of May, 4 pixels each.
            #expect(page.body.contains("width=\"124\""))
        }
    }

    @Test func theChartHasOneBarPerDayWithEntries() {
        let svg = EntriesChart(perDay: [0, 2, 0, 4]).svg()
        #expect(svg.components(separatedBy: "<rect").count == 3)
        #expect(svg.contains("<title>day 4: 4</title>"))
        #expect(svg.contains("height=\"12\""))
    }

    @Test func candidatesAreFilteredSortedByScoreAndPaginated() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let view = try demo.view()
        let all = CandidateFilter(query: FormFields("")).apply(to: view)
        #expect(!all.isEmpty)
        #expect(
            zip(all, all.dropFirst()).allSatisfy { ($0.classification?.score ?? 0) >= ($1.classification?.score ?? 0) })
        let cncf = CandidateFilter(query: FormFields("feed=cncf&kind=candidate")).apply(to: view)
        #expect(cncf.allSatisfy { $0.feed == "cncf" && $0.classification?.isCandidate == true })
        let text = CandidateFilter(query: FormFields("q=kubestronaut")).apply(to: view)
        #expect(text.allSatisfy { ($0.title + $0.summary).lowercased().contains("kubestronaut") })
        let onePage = CandidatesPage(
            view: view, filter: CandidateFilter(query: FormFields("page=1")), feeds: [], csrf: "t",
            timeZone: .gmt
        ).render()
        #expect(
            onePage.components(separatedBy: "<tr class=\"item\"").count - 1 == min(all.count, CandidateFilter.pageSize))
    }

    @Test func aConcurrentRunNeitherBlocksNorLosesAnAction() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        let other = try #require(try demo.view().entries.first { $0.id != istio.lead.id })
        try await demo.serve { client in
            // A cron run holds the run lock: actions are still recorded (WAL), the draft waits.
            try await demo.workspace.holdingRunLock(for: "run") {
                let dropped = try await client.post(
                    "/month/2025-05/act", ["action": "drop", "entries": String(istio.lead.id)])
                #expect(dropped.status == .seeOther)
                let refused = try await client.post("/month/2025-05/draft", [:])
                #expect(refused.status == .conflict)
                #expect(refused.body.contains("try again when it has finished"))
            }
            // A run stores a new entry while the page is open: a reload shows it (the plan of the
            // earlier view is not reused).
            let before = try await client.get("/month/2025-05/candidates")
            #expect(!before.body.contains("A late KubeCon announcement"))
            let late = EntryDraft(
                key: "late", url: "https://example.org/late", normalizedURL: "example.org/late",
                title: "A late KubeCon announcement", author: nil,
                published: ISO8601DateFormatter().date(from: "2025-05-30T08:00:00Z"), updated: nil,
                summary: "", content: nil, categories: [])
            _ = try demo.workspace.store.storeFetchedEntries(
                [late], forFeed: "cncf", health: FeedHealth(url: "file://./feeds/cncf.xml"), at: Date())
            async let run = RunJob(workspace: demo.workspace).run(month: DemoWorkspace.may)
            _ = try await client.post(
                "/month/2025-05/act", ["action": "move", "entries": String(other.id), "section": "fun"])
            _ = try await run
            let candidates = try await client.get("/month/2025-05/candidates?q=late+kubecon")
            let issue = try await client.get("/month/2025-05")
            #expect(
                candidates.body.contains("A late KubeCon announcement")
                    || issue.body.contains("A late KubeCon announcement"))
            let labels = try demo.labels()
            #expect(labels.contains { $0.label.entryID == istio.lead.id && $0.label.section == nil })
            #expect(labels.contains { $0.label.entryID == other.id && $0.label.section == .fun })
        }
    }
}
