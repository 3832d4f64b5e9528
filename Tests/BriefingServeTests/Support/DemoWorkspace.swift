import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingServe

/// A copy of the offline demo (`examples/`) in a temporary folder, run once for May 2025.
struct DemoWorkspace: Sendable {
    static let may = Month(year: 2025, month: 5)!

    let folder: URL
    let workspace: Workspace

    /// The repository's `examples/` folder.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    }

    /// Copies the demo (its feeds.yaml changed by `edit`) and runs May 2025 in it.
    static func make(edit: (String) -> String = { $0 }) async throws -> DemoWorkspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("feeds"), to: folder.appendingPathComponent("feeds"))
        let yaml = try String(contentsOf: examples.appendingPathComponent("demo.yaml"), encoding: .utf8)
        try edit(yaml).write(to: folder.appendingPathComponent("demo.yaml"), atomically: true, encoding: .utf8)
        let workspace = try Workspace.open(configPath: folder.appendingPathComponent("demo.yaml").path)
        _ = try await RunJob(workspace: workspace).run(month: may)
        return DemoWorkspace(folder: folder, workspace: workspace)
    }

    /// The month's view as the pages see it.
    func view() throws -> MonthView {
        try Workbench(workspace: workspace).view(of: Self.may)
    }

    /// The first chosen item whose headline or lead title starts with `prefix`.
    func item(titled prefix: String) throws -> DraftItem {
        let items = try view().plan.items.values.flatMap { $0 }
        return try #require(items.first { ($0.headline ?? $0.lead.title).hasPrefix(prefix) })
    }

    /// Every label of the month, undone ones too.
    func labels() throws -> [StoredLabel] {
        try LabelBook(workspace: workspace).history(month: Self.may)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
