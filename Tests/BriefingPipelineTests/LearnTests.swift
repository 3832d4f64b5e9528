import Foundation
import Testing

/// `briefing learn` on real finished drafts of the demo month: it understands them, or refuses
/// them and records nothing.
@Suite(.serialized) struct LearnTests {
    @Test func boldItemHeadingsAreItems() throws {
        let demo = try DemoMonth()
        let written = try demo.draft()
        let bold = written.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("### ") && line.dropFirst(4).first?.isNumber == true
                ? "**\(line.dropFirst(4))**" : String(line)
        }
        try demo.edit(bold.joined(separator: "\n"))
        let learn = try demo.run(["learn", "drafts/2025-05.md"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        #expect(learn.stdout.contains(" and 0 deleted entries"), "\(learn.stdout)")
        #expect(try demo.labels().allSatisfy { $0["section"] as? String != "drop" })
    }

    @Test func aRenamedSectionHeadingKeepsItsSection() throws {
        let demo = try DemoMonth()
        let renamed = try demo.draft().replacingOccurrences(of: "## 🆕 专题一 产品新功能/新版本", with: "## 🆕 专题 1 新版本")
        try demo.edit(renamed)
        let learn = try demo.run(["learn", "drafts/2025-05.md"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        #expect(learn.stdout.contains(" and 0 deleted entries"), "\(learn.stdout)")
        let istio = try #require(try demo.labels().first { ($0["title"] as? String) == "Istio 1.26.0" })
        #expect(istio["section"] as? String == "releases")
    }

    @Test func thePlainLayoutOfAFinishedIssueIsLearnedByItsSourceTitles() throws {
        let demo = try DemoMonth()
        try FileManager.default.copyItem(
            at: try Fixture.url("briefing-2025-05.txt"), to: demo.sandbox.file("briefing-2025-05.txt"))
        let learn = try demo.run(["learn", "briefing-2025-05.txt"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        let labels = try demo.labels()
        #expect(labels.count >= 30)
        #expect(labels.allSatisfy { $0["section"] as? String != "drop" })
        let mcp = try #require(labels.first { ($0["title"] as? String) == "Introducing the Model Context Protocol" })
        #expect(mcp["section"] as? String == "discussion")
        #expect(mcp["source"] as? String == "learn: briefing-2025-05.txt")
        // "Popeye:实时集群检查工具" has no source line: the one entry whose title names Popeye.
        let popeye = try #require(labels.first { ($0["title"] as? String)?.hasPrefix("Popeye:") == true })
        #expect(popeye["section"] as? String == "products")
        // "Service Mesh 是什么?" names what several entries name: it labels none of them.
        #expect(
            !labels.contains {
                ($0["title"] as? String)?.hasPrefix("Kmesh") == true && $0["section"] as? String != "products"
            })
    }

    @Test func aNewCandidatesFileIsRefused() throws {
        let demo = try DemoMonth()
        try demo.edit(try demo.draft(), as: "drafts/2025-05.new.md")
        let learn = try demo.run(["learn", "drafts/2025-05.new.md"])
        #expect(learn.status == 65)
        #expect(learn.stderr.contains("lists new candidates, not the editors' decisions"))
        #expect(try demo.labels().isEmpty)
    }

    @Test func aFileThatIsNoDraftIsRefusedWhateverItsComments() throws {
        let demo = try DemoMonth()
        // A README that shows a draft in a code block, with a stale ids comment outside it.
        let readme = """
            # briefing

            <!-- briefing: ids=1,2,3 section=news -->

            ```markdown
            ## 🆕 专题一 产品新功能/新版本

            ### 1. Istio 1.26.0
            ```
            """
        try demo.edit(readme, as: "README.md")
        let learn = try demo.run(["learn", "README.md"])
        #expect(learn.status == 65)
        #expect(learn.stderr.contains("README.md: not a briefing draft"))
        #expect(try demo.labels().isEmpty)
    }

    @Test func aCommentTheStoreDidNotWriteIntoTheDraftLabelsNothing() throws {
        let demo = try DemoMonth()
        let other = try demo.entry(titled: "Calling out Traefik Labs")
        let id = try #require(other["id"] as? Int)
        let copied = """
            # 2025.05 云原生相关信息简报

            ## 📰 专题二 新闻与访谈

            ### 1. 编辑自己写的条目

            <!-- briefing: ids=\(id) section=news -->
            """
        try demo.edit(copied, as: "notes-2025-05.md")
        let learn = try demo.run(["learn", "notes-2025-05.md"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        #expect(try demo.labels().isEmpty)
    }

    @Test func droppingMoreThanHalfIsRefusedUnlessForced() throws {
        let demo = try DemoMonth()
        let cut = try demo.draft().split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
        try demo.edit(cut.joined(separator: "\n"))
        let refused = try demo.run(["learn", "drafts/2025-05.md"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("would drop"))
        #expect(try demo.labels().isEmpty)
        let dry = try demo.run(["learn", "drafts/2025-05.md", "--force", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("drop "), "\(dry.stdout)")
        #expect(try demo.labels().isEmpty)
        let forced = try demo.run(["learn", "drafts/2025-05.md", "--force"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        #expect(try demo.labels().contains { $0["section"] as? String == "drop" })
    }

    @Test func undoingALearnRestoresTheEarlierLabels() throws {
        let demo = try DemoMonth()
        let mesh = try demo.entry(titled: "Popeye")
        let id = try #require(mesh["id"] as? Int)
        #expect(try demo.run(["label", "\(id)", "discussion"]).status == 0)
        let moved = try demo.draft().replacingOccurrences(of: "## ✍️ 专题五 产品/方案介绍", with: "## 🤣 专题六 趣事")
        try demo.edit(moved)
        #expect(try demo.run(["learn", "drafts/2025-05.md"]).status == 0)
        let bound = try demo.labels().filter { $0["entry"] as? Int == id && $0["undone_at"] is NSNull }
        #expect(bound.last?["section"] as? String == "fun")
        let undo = try demo.run(["learn", "--undo", "drafts/2025-05.md"])
        #expect(undo.status == 0)
        #expect(undo.stdout.hasPrefix("undid "))
        let listed = try demo.labels().filter { $0["entry"] as? Int == id }
        #expect(listed.filter { $0["undone_at"] is NSNull }.map { $0["section"] as? String } == ["discussion"])
        #expect(listed.contains { $0["source"] as? String == "learn: 2025-05.md" && $0["undone_at"] is String })
    }
}
