import Foundation
import Testing

/// Commands that must never overwrite the editors' work or do nothing in silence.
@Suite(.serialized) struct CommandGuardTests {
    @Test func composeOutNeverOverwritesAnEditedDraft() throws {
        let demo = try DemoMonth()
        let edited = try demo.draft() + "\n编辑写的结语。\n"
        try demo.edit(edited)
        for format in ["markdown", "html", "json"] {
            let compose = try demo.run([
                "compose", "--month", "2025-05", "--format", format, "--out", "drafts/2025-05.md",
            ])
            #expect(compose.status == (format == "markdown" ? 0 : 73), "\(format): \(compose.stderr)")
            #expect(try demo.draft() == edited)
        }
    }

    @Test func composeOutLeavesAFileItDidNotWriteAndRewritesItsOwn() throws {
        let demo = try DemoMonth()
        try "我的笔记\n".write(to: demo.sandbox.file("notes.html"), atomically: true, encoding: .utf8)
        let refused = try demo.run(["compose", "--month", "2025-05", "--format", "html", "--out", "notes.html"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("notes.html: exists and was not written by briefing"))
        #expect(try demo.sandbox.read("notes.html") == "我的笔记\n")

        let first = try demo.run(["compose", "--month", "2025-05", "--format", "html", "--out", "may.html"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        try? FileManager.default.removeItem(at: demo.sandbox.file("feeds/theregister.atom"))
        let again = try demo.run(["compose", "--month", "2025-05", "--format", "html", "--out", "may.html"])
        #expect(again.status == 0, "stderr: \(again.stderr)")
    }

    @Test func fetchFeedIgnoresCaseAndRefusesAnUnknownName() throws {
        let demo = try DemoMonth()
        let upper = try demo.run(["fetch", "--feed", "ETCD-Releases"])
        #expect(upper.status == 0, "stderr: \(upper.stderr)")
        #expect(upper.stdout.contains("not modified 1"))
        let typo = try demo.run(["fetch", "--feed", "etcd-relases"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "briefing: no feed named 'etcd-relases' in demo.yaml; did you mean 'etcd-releases'?\n")
    }

    @Test func aDraftsPathThatIsAFileIsNamedWithTheConfigInUse() throws {
        let demo = try DemoMonth()
        try FileManager.default.removeItem(at: demo.sandbox.file("drafts"))
        try "".write(to: demo.sandbox.file("drafts"), atomically: true, encoding: .utf8)
        let compose = try demo.run(["compose", "--month", "2025-05"])
        #expect(compose.status == 73)
        #expect(
            compose.stderr.contains("/drafts is a file, not a folder; check that its folder (drafts: in demo.yaml)"))
    }

    @Test func checkConfigCatchesAMissingOrInvalidTemplate() throws {
        let demo = try DemoMonth()
        let config = try demo.sandbox.read("demo.yaml")
        try (config + "\ntemplate: missing.mustache\n").write(
            to: demo.sandbox.file("demo.yaml"), atomically: true, encoding: .utf8)
        let missing = try demo.run(["check-config"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("missing.mustache: the draft template named by `template:` cannot be read"))
        try "{{#sections}}{{/items}}".write(
            to: demo.sandbox.file("missing.mustache"), atomically: true, encoding: .utf8)
        let invalid = try demo.run(["check-config"])
        #expect(invalid.status == 65)
        #expect(
            invalid.stderr.contains("is not valid Mustache: sectionCloseNameIncorrect at line 1"), "\(invalid.stderr)")
    }

    @Test func learnRefusesABinaryOrGB18030File() throws {
        let demo = try DemoMonth()
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: demo.sandbox.file("draft.zip.md"))
        let binary = try demo.run(["learn", "draft.zip.md"])
        #expect(binary.status == 65)
        #expect(binary.stderr.contains("a binary file, not a draft"))
        // "## 🆕 专题一" and a headline in GB18030: not UTF-8.
        let gb: [UInt8] = [0x23, 0x23, 0x20, 0xD7, 0xA8, 0xCC, 0xE2, 0xD2, 0xBB, 0x0A, 0xB1, 0xEA, 0xCC, 0xE2, 0x0A]
        try Data(gb).write(to: demo.sandbox.file("gb.md"))
        let other = try demo.run(["learn", "gb.md"])
        #expect(other.status == 65)
        #expect(other.stderr.contains("not UTF-8 text (GB18030 or GBK?)"))
    }
}
