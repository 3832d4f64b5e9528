import Foundation
import Testing

/// A copy of the offline demo (`examples/`) in a temporary folder, run once for May 2025, with the
/// built `briefing` to run more commands in it.
final class DemoMonth {
    let sandbox: Sandbox

    /// The repository's `examples/` folder.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    }

    /// Copies the demo and runs `briefing run --month 2025-05` in it.
    init() throws {
        sandbox = try Sandbox()
        for name in ["demo.yaml", "feeds"] {
            try FileManager.default.copyItem(
                at: Self.examples.appendingPathComponent(name), to: sandbox.file(name))
        }
        let run = try self.run(["run", "--month", "2025-05"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
    }

    /// `briefing ARGS --config demo.yaml`.
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try sandbox.run(arguments + ["--config", "demo.yaml"])
    }

    /// The May draft as written.
    func draft() throws -> String { try sandbox.read("drafts/2025-05.md") }

    /// Replaces the May draft with `text`, as an editor's save would.
    func edit(_ text: String, as name: String = "drafts/2025-05.md") throws {
        try text.write(to: sandbox.file(name), atomically: true, encoding: .utf8)
    }

    /// `briefing labels --json`.
    func labels() throws -> [[String: Any]] {
        let listed = try run(["labels", "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    /// `briefing entries --json`, the entry whose title starts with `prefix`.
    func entry(titled prefix: String) throws -> [String: Any] {
        let listed = try run(["entries", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return try #require(entries.first { ($0["title"] as? String)?.hasPrefix(prefix) == true })
    }

    /// The `## ` section of `draft` (by its 专题 numeral) that holds a line containing `text`.
    static func section(of text: String, in draft: String) -> String? {
        var current: String?
        for line in draft.split(separator: "\n") {
            if line.hasPrefix("## ") { current = String(line.dropFirst(3)) }
            if line.hasPrefix("## 更多候选") { return nil }
            if line.contains(text) { return current }
        }
        return nil
    }
}
