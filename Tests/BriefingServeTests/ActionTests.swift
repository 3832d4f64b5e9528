import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingServe

/// Every action of the issue page is a label bound to the item's entries, and can be undone.
@Suite(.serialized) struct ActionTests {
    private func ids(_ item: DraftItem) -> String { item.entries.map { String($0.id) }.joined(separator: ",") }

    private func section(of id: Int64, in demo: DemoWorkspace) throws -> Section? {
        try demo.view().plan.items.first { $0.value.contains { $0.entries.contains { $0.id == id } } }?.key
    }

    @Test func moveLabelsEveryEntryOfTheItemAndUndoBringsItBack() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        try await demo.serve { client in
            let moved = try await client.post(
                "/month/2025-05/act",
                ["action": "move", "entries": ids(istio), "section": "news", "back": "/month/2025-05"])
            #expect(moved.status == .seeOther)
            #expect(moved.location == "/month/2025-05")
            #expect(try section(of: istio.lead.id, in: demo) == .news)
            let labels = try demo.labels()
            #expect(Set(labels.map(\.label.entryID)) == Set(istio.entries.map(\.id)))
            #expect(labels.allSatisfy { $0.label.source == "serve" && $0.label.section == .news })
            let page = try await client.get("/month/2025-05")
            #expect(page.body.contains("value=\"undo\""))

            _ = try await client.post("/month/2025-05/act", ["action": "undo", "entries": ids(istio)])
            #expect(try section(of: istio.lead.id, in: demo) == .releases)
            #expect(try demo.labels().allSatisfy { $0.undoneAt != nil })
        }
    }

    @Test func dropTakesTheItemOutOfTheIssueAndUndoBringsItBack() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        try await demo.serve { client in
            _ = try await client.post("/month/2025-05/act", ["action": "drop", "entries": ids(istio)])
            #expect(try section(of: istio.lead.id, in: demo) == nil)
            #expect(try demo.labels().allSatisfy { $0.label.section == nil })
            let candidates = try await client.get("/month/2025-05/candidates?kind=other")
            #expect(candidates.body.contains("id=\"entry-\(istio.lead.id)\""))
            _ = try await client.post("/month/2025-05/act", ["action": "undo", "entries": ids(istio)])
            #expect(try section(of: istio.lead.id, in: demo) == .releases)
        }
    }

    @Test func keepConfirmsTheItemSoItLosesTheReviewMark() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let unsure = try #require(try demo.view().plan.items.values.flatMap { $0 }.first { $0.needsReview })
        try await demo.serve { client in
            _ = try await client.post(
                "/month/2025-05/act", ["action": "keep", "entries": ids(unsure), "section": unsure.section.rawValue])
            let kept = try #require(
                try demo.view().plan.items[unsure.section]?.first { $0.lead.id == unsure.lead.id })
            #expect(!kept.needsReview)
            #expect(kept.isEditorDecision)
        }
    }

    @Test func pinPutsAMoreCandidateIntoTheBodyOverTheCap() async throws {
        let demo = try await DemoWorkspace.make {
            $0.replacingOccurrences(of: "section_cap: 12", with: "section_cap: 2")
        }
        defer { demo.remove() }
        let (section, extra) = try #require(
            try demo.view().plan.moreCandidates.first { !$0.value.isEmpty }.map { ($0.key, $0.value[0]) })
        try await demo.serve { client in
            let page = try await client.get("/month/2025-05")
            #expect(page.body.contains("value=\"pin\""))
            _ = try await client.post(
                "/month/2025-05/act", ["action": "pin", "entries": ids(extra), "section": section.rawValue])
            let body = try #require(try demo.view().plan.items[section])
            #expect(body.contains { $0.lead.id == extra.lead.id })
        }
    }

    @Test func chineseHeadlineAndSummaryReplaceTheEnglishInTheDraft() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        try await demo.serve { client in
            _ = try await client.post(
                "/month/2025-05/act",
                [
                    "action": "text", "entries": String(istio.lead.id), "headline": "Istio 1.26 发布",
                    "summary": "Gateway API 部署可定制,ambient 模式支持 TCPRoute。",
                ])
            let page = try await client.get("/month/2025-05")
            #expect(page.body.contains("value=\"Istio 1.26 发布\""))
            let draft = try await client.get("/month/2025-05/draft")
            // Its number depends on the section's order; the headline is what the editor wrote.
            #expect(draft.body.contains(". Istio 1.26 发布\n"))
            #expect(draft.body.contains("&gt; Gateway API 部署可定制,ambient 模式支持 TCPRoute。"))
            #expect(!draft.body.contains("Istio 1.26.0 is generally available"))
            // The source line keeps the English title, so `learn` still finds the entry.
            #expect(draft.body.contains("来源:[Istio 1.26.0]"))

            _ = try await client.post(
                "/month/2025-05/act",
                ["action": "text", "entries": String(istio.lead.id), "headline": "", "summary": ""])
            let undone = try await client.get("/month/2025-05/draft")
            #expect(undone.body.contains(". Istio 1.26.0\n"))
        }
    }

    @Test func promoteOnTheCandidatesPagePutsAnEntryIntoTheIssue() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let view = try demo.view()
        let other = try #require(
            view.entries.first { !view.chosenIDs.contains($0.id) && $0.classification?.isCandidate == false })
        try await demo.serve { client in
            let page = try await client.get("/month/2025-05/candidates?kind=other")
            #expect(page.body.contains("id=\"entry-\(other.id)\""))
            _ = try await client.post(
                "/month/2025-05/act", ["action": "promote", "entries": String(other.id), "section": "discussion"])
            #expect(try section(of: other.id, in: demo) == .discussion)
            let after = try await client.get("/month/2025-05/candidates")
            #expect(!after.body.contains("id=\"entry-\(other.id)\""))
        }
    }
}
