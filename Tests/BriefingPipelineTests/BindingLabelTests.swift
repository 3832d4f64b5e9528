import BriefingStore
import Foundation
import Testing

/// A decision binds its entry: the next draft shows it where the editors put it.
@Suite(.serialized) struct BindingLabelTests {
    @Test func aLabelMovesItsEntryInTheNextDraft() throws {
        let demo = try DemoMonth()
        let title = "Calling out Traefik Labs for FUD"
        #expect(DemoMonth.section(of: title, in: try demo.draft())?.contains("专题六") == true)
        let link = try #require(try demo.entry(titled: title)["url"] as? String)
        let label = try demo.run(["label", link, "news"])
        #expect(label.status == 0, "stderr: \(label.stderr)")
        #expect(try demo.run(["compose", "--month", "2025-05"]).status == 0)
        #expect(DemoMonth.section(of: title, in: try demo.draft())?.contains("专题二") == true)
    }

    @Test func aDropLabelTakesItsEntryOutOfTheDraft() throws {
        let demo = try DemoMonth()
        let title = "2,000 Kubestronauts and counting"
        #expect(try demo.draft().contains(title))
        let id = try #require(try demo.entry(titled: title)["id"] as? Int)
        #expect(try demo.run(["label", "\(id)", "drop"]).status == 0)
        #expect(try demo.run(["compose", "--month", "2025-05"]).status == 0)
        #expect(try !demo.draft().contains(title))
    }

    @Test func aLabelledItemLosesItsReviewMark() throws {
        let demo = try DemoMonth()
        let draft = try demo.draft()
        let item = try #require(Self.firstItemMarkedForReview(in: draft))
        #expect(try demo.run(["label", item.link, "products"]).status == 0)
        #expect(try demo.run(["compose", "--month", "2025-05"]).status == 0)
        let after = try demo.draft()
        #expect(Self.itemBlock(linking: item.link, in: after)?.contains("⚠️") == false)
        #expect(DemoMonth.section(of: item.link, in: after)?.contains("专题五") == true)
    }

    @Test func labelLearnAndComposeWaitForNoRunButRefuseWhileOneHoldsTheLock() throws {
        let demo = try DemoMonth()
        let lock = try RunLock.acquire(beside: demo.sandbox.file("demo.sqlite").path, command: "run")
        defer { lock.release() }
        for arguments in [["label", "1", "news"], ["compose", "--month", "2025-05"], ["learn", "drafts/2025-05.md"]] {
            let refused = try demo.run(arguments)
            #expect(refused.status == 4, "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains("run"), "\(arguments): \(refused.stderr)")
        }
        #expect(try demo.labels().isEmpty)
    }

    /// The first item with a `⚠️` mark: its source link.
    private static func firstItemMarkedForReview(in draft: String) -> (link: String, block: String)? {
        for block in draft.components(separatedBy: "\n### ").dropFirst() where block.contains("⚠️") {
            guard let start = block.range(of: "来源:[")?.upperBound,
                let open = block[start...].range(of: "](")?.upperBound,
                let close = block[open...].firstIndex(of: ")")
            else { continue }
            return (String(block[open..<close]), block)
        }
        return nil
    }

    private static func itemBlock(linking link: String, in draft: String) -> String? {
        draft.components(separatedBy: "\n### ").first { $0.contains("](\(link))") }
    }
}
