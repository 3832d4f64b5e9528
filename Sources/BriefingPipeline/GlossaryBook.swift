import BriefingModel
import BriefingStore
import Foundation

/// The editors' remembered texts as the commands see them: list, set by hand, forget.
public struct GlossaryBook: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Everything remembered, by name then kind.
    public func entries() throws -> [GlossaryEntry] {
        try workspace.store.glossary()
    }

    /// Sets the text of `kind` for `name` by hand; it then shows in every later draft's item
    /// about `name`, marked `<!-- from edit -->`.
    /// - Parameter heading: the sub-heading; by default the one already remembered, else the
    ///   reference layout's (`NAME 是什么`, `典型适用场景`, `背景`).
    @discardableResult
    public func edit(name: String, kind: GlossaryEntry.Kind, lines: [String], heading: String? = nil) throws
        -> GlossaryEntry
    {
        let kept = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !kept.isEmpty else { throw PipelineError.emptyGlossaryText(name) }
        let known = try entries().first { $0.name.lowercased() == name.lowercased() && $0.kind == kind }
        let entry = GlossaryEntry(
            name: known?.name ?? name, kind: kind, heading: heading ?? known?.heading ?? Self.heading(kind, name),
            lines: kept, month: GlossaryEntry.editedMonth, updatedAt: now())
        try workspace.store.rememberGlossary([entry])
        return entry
    }

    /// Forgets `name`'s texts (of `kind`, or all); throws when nothing was remembered under it.
    /// - Returns: how many texts were forgotten.
    @discardableResult
    public func forget(name: String, kind: GlossaryEntry.Kind? = nil) throws -> Int {
        let forgotten = try workspace.store.forgetGlossary(name: name, kind: kind)
        guard forgotten > 0 else { throw PipelineError.unknownGlossaryName(name) }
        return forgotten
    }

    private static func heading(_ kind: GlossaryEntry.Kind, _ name: String) -> String {
        switch kind {
        case .intro: "\(name) 是什么"
        case .scenarios: "典型适用场景"
        case .background: "背景"
        case .headline: "1.0"
        }
    }
}
