import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingServe

/// Split a link out of an item, merge two items, reorder a section — in the page and in the draft.
@Suite(.serialized) struct ArrangementTests {
    @Test func splitTakesALinkOutIntoAnItemOfItsOwnAndUndoPutsItBack() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        let link = try #require(istio.related.first { $0.title.hasPrefix("Support for Istio 1.23") })
        try await demo.serve { client in
            let page = try await client.get("/month/2025-05")
            #expect(page.body.contains("value=\"split\""))
            _ = try await client.post("/month/2025-05/act", ["action": "split", "entries": String(link.id)])
            let releases = try #require(try demo.view().plan.items[.releases])
            let index = try #require(releases.firstIndex { $0.lead.id == istio.lead.id })
            #expect(!releases[index].entries.contains { $0.id == link.id })
            #expect(releases[index + 1].lead.id == link.id)
            let draft = try await client.get("/month/2025-05/draft")
            #expect(draft.body.contains("### \(index + 2). Support for Istio 1.23 has ended"))

            _ = try await client.post("/month/2025-05/act", ["action": "undo", "entries": String(link.id)])
            #expect(try demo.item(titled: "Istio 1.26.0").entries.contains { $0.id == link.id })
        }
    }

    @Test func mergePutsOneItemsEntriesIntoAnother() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let releases = try #require(try demo.view().plan.items[.releases])
        let (target, merged) = (releases[0], releases[1])
        try await demo.serve { client in
            _ = try await client.post(
                "/month/2025-05/act",
                [
                    "action": "merge", "entries": merged.entries.map { String($0.id) }.joined(separator: ","),
                    "with": String(target.lead.id),
                ])
            let after = try #require(try demo.view().plan.items[.releases])
            #expect(!after.contains { $0.lead.id == merged.lead.id })
            let joined = try #require(after.first { $0.lead.id == target.lead.id })
            #expect(Set(merged.entries.map(\.id)).isSubset(of: Set(joined.entries.map(\.id))))
        }
    }

    @Test func upAndDownReorderTheSectionInThePageAndTheDraft() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let releases = try #require(try demo.view().plan.items[.releases])
        let second = releases[1]
        try await demo.serve { client in
            _ = try await client.post(
                "/month/2025-05/act",
                ["action": "up", "entries": String(second.lead.id), "section": "releases"])
            let after = try #require(try demo.view().plan.items[.releases])
            #expect(
                after.map(\.lead.id) == [second.lead.id, releases[0].lead.id] + releases.dropFirst(2).map(\.lead.id))
            let draft = try await client.get("/month/2025-05/draft")
            #expect(draft.body.contains("### 1. \(HTML.text(second.headline ?? second.lead.title))"))
            _ = try await client.post(
                "/month/2025-05/act",
                ["action": "down", "entries": String(second.lead.id), "section": "releases"])
            #expect(try demo.view().plan.items[.releases]?.map(\.lead.id) == releases.map(\.lead.id))
        }
    }
}
