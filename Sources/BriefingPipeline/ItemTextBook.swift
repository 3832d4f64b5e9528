import BriefingModel
import BriefingStore
import Foundation

/// The editors' Chinese headlines and summaries of items, as `briefing serve` writes them and
/// the draft shows them.
public struct ItemTextBook: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Every text written, by the entry id it is kept under.
    public func texts() throws -> [Int64: ItemText] {
        try workspace.store.itemTexts()
    }

    /// Writes the headline and summary of the item led by `entryID` (both empty: removes them).
    public func write(entryID: Int64, headline: String, summary: String) throws {
        let clean = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        try workspace.store.saveItemText(
            ItemText(entryID: entryID, headline: clean(headline), summary: clean(summary), at: now()))
    }
}
