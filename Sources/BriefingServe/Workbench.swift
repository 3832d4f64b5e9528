import BriefingModel
import BriefingPipeline
import Foundation

/// The workbench's access to the month: reads through the pipeline and records every action as
/// the same labels `label` and `learn` write (source "serve"), so the store stays the one truth
/// a cron `run` and the page share.
struct Workbench: Sendable {
    static let labelSource = "serve"

    let workspace: Workspace
    let now: @Sendable () -> Date
    private let plans = PlanCache()

    init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// The month the configured time zone is in now.
    var currentMonth: Month {
        Month(containing: now(), in: workspace.config.draft.timeZone)
    }

    /// The month as the draft would show it now. A page view writes nothing.
    func view(of month: Month) throws -> MonthView {
        let labels = try labelsInForce(in: month)
        let entries = try classified(month, labels: labels)
        let arrangement = try ItemArrangementBook(workspace: workspace).arrangement()
        // The plan depends on the entries as classified, the labels and the arrangement only.
        var inputs = Hasher()
        inputs.combine(entries)
        inputs.combine(arrangement)
        for label in labels { inputs.combine(label) }
        let plan = plans.plan(of: month, key: inputs.finalize()) {
            DraftStage(workspace: workspace, now: now).plan(month, entries: entries)
        }
        let grouped = arrangement.groupings.keys
        let decided = Set(labels.filter { $0.label.source == Self.labelSource }.map(\.label.entryID)).union(grouped)
        return MonthView(
            month: month, entries: entries, plan: plan, texts: try ItemTextBook(workspace: workspace).texts(),
            decidedHere: decided)
    }

    /// The month's entries with the classification `run` (or the last action) saved, which the
    /// labels in force already bind; classified afresh (not saved) when an entry has none yet or
    /// a label was recorded elsewhere since (`briefing label` while the page is open). Reading
    /// the saved classification keeps a page of 5,000 entries well under the classifier's cost.
    private func classified(_ month: Month, labels: [StoredLabel]) throws -> [Entry] {
        var entries = try workspace.entries(of: month)
        var index: [Int64: Int] = [:]
        for (position, entry) in entries.enumerated() { index[entry.id] = position }
        guard entries.allSatisfy({ $0.classification != nil }) else {
            return try MonthClassifier(workspace: workspace).classify(month, dryRun: true)
        }
        for label in labels {
            guard let position = index[label.label.entryID], var classification = entries[position].classification
            else { continue }
            let bound =
                label.label.section.map { classification.section == $0 && classification.isCandidate }
                ?? !classification.isCandidate
            guard bound && classification.confidence == 1 else {
                return try MonthClassifier(workspace: workspace).classify(month, dryRun: true)
            }
            classification.isEditorDecision = true
            entries[position].classification = classification
        }
        return entries
    }

    /// Records `action`; then saves the classification of its entries, so the label binds at once.
    func perform(_ action: WorkbenchAction, in month: Month) throws {
        let book = LabelBook(workspace: workspace, now: now)
        switch action {
        case .place(let ids, let section):
            for id in ids { try book.label(String(id), section: section, source: Self.labelSource) }
        case .drop(let ids):
            for id in ids { try book.label(String(id), section: nil, source: Self.labelSource) }
        case .undo(let ids):
            for label in try labelsInForce(in: month) where ids.contains(label.label.entryID) {
                if label.label.source == Self.labelSource { try book.unlabel(label.id) }
            }
            try ItemArrangementBook(workspace: workspace, now: now).ungroup(ids)
        case .text(let id, let headline, let summary):
            try ItemTextBook(workspace: workspace, now: now).write(entryID: id, headline: headline, summary: summary)
            return
        case .split(let id):
            try ItemArrangementBook(workspace: workspace, now: now).split(id)
            return
        case .merge(let ids, let target):
            try ItemArrangementBook(workspace: workspace, now: now).merge(ids, into: target)
            return
        case .reorder(let ids, let section, let up):
            try reorder(ids, in: section, of: month, up: up)
            return
        }
        try EntryReclassifier(workspace: workspace).reclassify(action.entryIDs)
    }

    /// Swaps the item showing `ids` with its neighbour and records the section's whole order.
    private func reorder(_ ids: [Int64], in section: Section, of month: Month, up: Bool) throws {
        var items = try view(of: month).plan.items[section] ?? []
        guard let index = items.firstIndex(where: { $0.entries.contains { ids.contains($0.id) } }) else { return }
        let other = up ? index - 1 : index + 1
        guard items.indices.contains(other) else { return }
        items.swapAt(index, other)
        try ItemArrangementBook(workspace: workspace, now: now).order(items.map { $0.entries.map(\.id) })
    }

    /// The markdown the draft would have now, and the plan it is made of.
    func draft(of month: Month) throws -> (plan: DraftPlan, markdown: String) {
        let view = try view(of: month)
        return (view.plan, try DraftStage(workspace: workspace, now: now).render(view.plan, format: .markdown))
    }

    /// Writes drafts/YYYY-MM.md under the run lock and the never-clobber rule of `run`.
    func writeDraft(of month: Month) async throws -> ComposeReport {
        try await workspace.holdingRunLock(for: "serve") {
            let entries = try MonthClassifier(workspace: workspace).classify(month)
            let stage = DraftStage(workspace: workspace, now: now)
            return try await stage.write(stage.plan(month, entries: entries))
        }
    }

    /// `learn` of the month's hand-edited draft, under the run lock.
    func learnDraft(of month: Month) async throws -> LearnReport {
        try await workspace.holdingRunLock(for: "serve") {
            try DraftLearner(workspace: workspace, now: now).learn(
                fromDraftAt: DraftStage(workspace: workspace).draftPath(for: month))
        }
    }

    /// The latest label not undone of each labelled entry of the month.
    private func labelsInForce(in month: Month) throws -> [StoredLabel] {
        var latest: [Int64: StoredLabel] = [:]
        for label in try LabelBook(workspace: workspace).history(month: month) where label.undoneAt == nil {
            // History is oldest first, so the last seen is the one in force (latest `at`, then id).
            latest[label.label.entryID] = label
        }
        return Array(latest.values)
    }
}
