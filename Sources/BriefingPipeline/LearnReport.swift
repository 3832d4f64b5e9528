import BriefingModel

/// One decision `briefing learn` read from a draft.
public struct LearnDecision: Sendable, Hashable {
    /// How the item of the draft was tied to the entry.
    public enum Evidence: String, Sendable {
        case link
        case title
        /// The headline names a project that exactly one entry's title carries.
        case name
        case comment
        /// The draft was written with the entry and the finished one no longer shows it.
        case deleted
    }

    public var entryID: Int64
    public var feed: String
    public var title: String
    /// The section the editors left it in; nil: they deleted it (labelled `drop`).
    public var section: Section?
    public var evidence: Evidence

    /// `keep news    #12 CNCF and Synadia … (link)` for `--dry-run`.
    public var line: String {
        let what = section.map { "keep \($0.rawValue)" } ?? "drop"
        return
            "\(what.padding(toLength: 15, withPad: " ", startingAt: 0)) #\(entryID) \(feed): \(title) (\(evidence.rawValue))"
    }
}

/// What `briefing learn` recorded (or, with `--dry-run`, would record) from a finished draft.
public struct LearnReport: Sendable {
    public var decisions: [LearnDecision] = []
    /// Links of the draft that match no stored entry (editors' own additions).
    public var unmatchedLinks: [String] = []
    /// Headlines of items tied to no stored entry at all.
    public var unmatchedItems: [String] = []
    public var dryRun = false
    /// The editors' own texts kept for later months (`briefing glossary` lists them).
    public var remembered: [GlossaryEntry] = []

    /// Entries found in a section of the draft (labelled with that section).
    public var kept: Int { decisions.count { $0.section != nil } }
    /// Entries the draft once showed that the editors deleted (labelled `drop`).
    public var deleted: Int { decisions.count { $0.section == nil } }

    public var summary: String {
        (dryRun ? "would learn" : "learned") + " \(kept) kept and \(deleted) deleted entries; "
            + "\(unmatchedLinks.count) links matched no stored entry"
            + (unmatchedItems.isEmpty ? "" : "; \(unmatchedItems.count) items matched no entry")
            + (remembered.isEmpty
                ? "" : "; \(remembered.count) editors' texts \(dryRun ? "to remember" : "remembered") for later months")
            + (dryRun ? " (dry run: nothing recorded)" : "")
    }
}
