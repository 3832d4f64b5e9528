import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingServe

@Suite(.serialized) struct IssuePageTests {
    @Test func issuePageShowsTheSixSectionsAndEachItemsClassification() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        try await demo.serve { client in
            let page = try await client.get("/month/2025-05")
            #expect(page.status == .ok)
            for section in Section.allCases { #expect(page.body.contains(HTML.text(section.heading))) }
            #expect(page.body.contains("id=\"item-\(istio.lead.id)\""))
            #expect(page.body.contains("href=\"https://github.com/istio/istio/releases/tag/1.26.0\""))
            #expect(page.body.contains("why: release: Istio 1.26.0"))
            #expect(page.body.contains("confidence 0.9"))
            // The grouped links of the item are listed under it.
            for entry in istio.related { #expect(page.body.contains(HTML.text(entry.title))) }
        }
    }

    @Test func rootShowsTheCurrentMonth() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        try await demo.serve { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            let month = Month(containing: Date(), in: demo.workspace.config.draft.timeZone)
            #expect(page.body.contains("<h1>Issue \(month)</h1>"))
        }
    }

    @Test func reviewMarkShowsWhereTheClassifierIsUnsure() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let unsure = try #require(try demo.view().plan.items.values.flatMap { $0 }.first { $0.needsReview })
        try await demo.serve { client in
            let page = try await client.get("/month/2025-05")
            let card = try #require(
                page.body.components(separatedBy: "id=\"item-\(unsure.lead.id)\"").dropFirst().first)
            #expect(card.prefix(2000).contains("⚠️ 待确认"))
        }
    }
}
