import BriefingModel
import BriefingStore
import Foundation

/// The editors' splits, merges and item order from `briefing serve`; the plan applies them
/// after the planner (see `ItemArrangementOverlay`).
public struct ItemArrangementBook: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    public func arrangement() throws -> ItemArrangement {
        try workspace.store.itemArrangement()
    }

    /// Takes `entryID` out of its item into an item of its own.
    public func split(_ entryID: Int64) throws {
        try workspace.store.saveGrouping(of: entryID, .alone, at: now())
    }

    /// Moves `entryIDs` into the item that shows `target`.
    public func merge(_ entryIDs: [Int64], into target: Int64) throws {
        for id in entryIDs where id != target { try workspace.store.saveGrouping(of: id, .with(target), at: now()) }
    }

    /// Forgets the splits and merges of `entryIDs`.
    public func ungroup(_ entryIDs: [Int64]) throws {
        try workspace.store.removeGroupings(of: entryIDs)
    }

    /// Orders a section's items as listed (by an entry id of each), forgetting their earlier places.
    public func order(_ items: [[Int64]]) throws {
        try workspace.store.removePositions(of: items.flatMap { $0 })
        var positions: [Int64: Int] = [:]
        for (position, ids) in items.enumerated() { if let first = ids.first { positions[first] = position } }
        try workspace.store.savePositions(positions, at: now())
    }
}
