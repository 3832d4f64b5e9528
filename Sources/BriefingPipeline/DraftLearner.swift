import BriefingCompose
import BriefingModel
import BriefingStore
import Foundation

/// Reads a draft the editors finished and stores what they decided as labels, or refuses a file
/// that would record something they did not mean (see `LearnError`).
public struct DraftLearner: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// The label source of a learned file: `learn: 2025-05.md`.
    public static func source(forDraftAt path: String) -> String {
        "learn: \((path as NSString).lastPathComponent)"
    }

    /// Labels every entry an item of the draft at `path` shows, by its section; entries the draft
    /// was written with that the finished one no longer shows are labelled `drop`.
    /// - Parameters:
    ///   - dryRun: work out the decisions but record none.
    ///   - force: learn a `.new.md` file, or a draft that drops more than half of its entries.
    public func learn(fromDraftAt path: String, dryRun: Bool = false, force: Bool = false) throws -> LearnReport {
        let text = try DraftFile.text(at: path)
        if path.hasSuffix(".new.md") && !force {
            throw LearnError.newCandidatesFile(path, draft: String(path.dropLast(7)) + ".md")
        }
        let draft = DraftReader.read(text)
        guard draft.sectionHeadings > 0 else { throw LearnError.notADraft(path) }
        let record = try workspace.store.lastDraft(path: absolutePath(path))
        let month = record?.month ?? DraftFile.month(named: path, text: text)
        var report = LearnReport()
        report.dryRun = dryRun
        let matcher = try EntryMatcher(
            store: workspace.store, window: month.map(window), written: Set(record?.entryIDs ?? []))
        var decided: Set<Int64> = []
        for item in draft.items {
            let (entries, evidence) = try matcher.entries(for: item)
            if entries.isEmpty { report.unmatchedItems.append(item.headline) }
            if evidence != .link { report.unmatchedLinks += item.links }
            for entry in entries where decided.insert(entry.id).inserted {
                report.decisions.append(decision(entry, section: item.section, evidence: evidence))
            }
        }
        let offered = try matcher.appendixEntryIDs(links: draft.moreCandidateLinks, ids: draft.moreCandidateIDs)
        for id in record?.entryIDs ?? [] where !decided.contains(id) && !offered.contains(id) {
            guard decided.insert(id).inserted, let entry = try workspace.store.entry(id: id) else { continue }
            report.decisions.append(decision(entry, section: nil, evidence: .deleted))
        }
        if let written = record?.entryIDs.count, report.deleted * 2 > written, !force {
            throw LearnError.tooManyDeletions(path, deleted: report.deleted, written: written)
        }
        let glossary = GlossaryLearner(month: month?.description ?? "?", now: now())
        report.remembered = Self.firstPerKey(draft.items.flatMap(glossary.entries))
        if !dryRun {
            try save(report.decisions, source: Self.source(forDraftAt: path))
            try workspace.store.rememberGlossary(report.remembered)
        }
        return report
    }

    /// Undoes every label that learning `path` recorded; the entries' earlier labels bind again.
    /// - Returns: how many labels were undone.
    public func undo(learningOf path: String) throws -> Int {
        try workspace.store.undoLabels(source: Self.source(forDraftAt: path), at: now())
    }

    /// One text per (name, kind): a project that appears twice in a draft keeps its first text.
    private static func firstPerKey(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.name.lowercased() + "\u{0}" + $0.kind.rawValue).inserted }
    }

    private func window(_ month: Month) -> Range<Date> {
        month.window(in: workspace.config.draft.timeZone)
    }

    private func decision(_ entry: Entry, section: Section?, evidence: LearnDecision.Evidence) -> LearnDecision {
        LearnDecision(entryID: entry.id, feed: entry.feed, title: entry.title, section: section, evidence: evidence)
    }

    /// Stores the decisions in one transaction, skipping those that repeat the entry's binding label.
    private func save(_ decisions: [LearnDecision], source: String) throws {
        let binding = try MonthClassifier(workspace: workspace).decisions()
        let by = LabelBook.currentUser
        let labels = decisions.compactMap { decision -> Label? in
            if let current = binding[decision.entryID], current.section == decision.section, current.source == source {
                return nil
            }
            return Label(entryID: decision.entryID, section: decision.section, source: source, at: now(), by: by)
        }
        try workspace.store.addLabels(labels)
    }
}
