import BriefingModel
import BriefingStore
import Foundation

/// The editors' decisions as the commands see them: label an entry, list labels, undo one.
public struct LabelBook: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Who is making a label: the login name of the user running the command, when known.
    static var currentUser: String? {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"]
    }

    /// The entries `reference` names: an entry id, or a link (every entry stored with that link,
    /// compared the way the store dedups links). Ids differ between stores; links do not.
    public func entries(named reference: String) throws -> [Entry] {
        if let id = Int64(reference) {
            guard let entry = try workspace.store.entry(id: id) else { throw PipelineError.unknownEntry(reference) }
            return [entry]
        }
        guard let normalized = URLNormalizer.normalize(reference) else { throw PipelineError.unknownEntry(reference) }
        let found = try workspace.store.entries(withNormalizedURL: normalized)
        if found.isEmpty { throw PipelineError.unknownEntry(reference) }
        return found
    }

    /// Records `section` (nil: drop) for every entry `reference` names, as made by `source`.
    @discardableResult
    public func label(_ reference: String, section: Section?, source: String = "label") throws -> [Entry] {
        let entries = try entries(named: reference)
        let by = Self.currentUser
        try workspace.store.addLabels(
            entries.map { Label(entryID: $0.id, section: section, source: source, at: now(), by: by) })
        return entries
    }

    /// Every label recorded, undone ones too, of the entries of `month` (all months when nil).
    public func history(month: Month?) throws -> [StoredLabel] {
        try workspace.store.labelHistory(in: month.map { $0.window(in: workspace.config.draft.timeZone) })
    }

    /// Undoes label `id`; the entry's earlier label, if any, binds again.
    public func unlabel(_ id: Int64) throws {
        guard try workspace.store.undoLabel(id: id, at: now()) else { throw PipelineError.unknownLabel(id) }
    }
}
