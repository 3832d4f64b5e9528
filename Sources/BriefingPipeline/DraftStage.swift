import BriefingClassify
import BriefingCompose
import BriefingModel
import BriefingStore
import Foundation

/// What composing a month's draft did.
public struct ComposeReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The draft was (re)written.
        case written
        /// The draft already had exactly these bytes.
        case unchanged
        /// An editor changed the draft: it was left alone and new candidates went to `newCandidatesPath`.
        case editedKept(newCandidatesPath: String?)
        /// `--dry-run` or `--out -`: nothing was written to drafts/.
        case notWritten
    }

    public var month: Month
    public var path: String
    public var outcome: Outcome
    /// Items chosen for the draft (not counting "more candidates").
    public var items: Int
    public var text: String
}

/// The output formats of `briefing compose`.
public enum DraftFormat: String, Sendable, CaseIterable {
    case markdown
    case html
    case json
}

/// Plans a month from its classified entries and writes the draft without clobbering an editor's work.
public struct DraftStage: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// drafts/YYYY-MM.md for `month`.
    public func draftPath(for month: Month) -> String {
        workspace.config.draft.directory + "/\(month).md"
    }

    /// The plan of the month from already classified entries.
    public func plan(_ month: Month, entries: [Entry]) -> DraftPlan {
        let window = month.window(in: workspace.config.draft.timeZone)
        let inMonth = entries.filter { window.contains($0.date) }
        return DraftPlanner.plan(
            entries: inMonth, month: month, settings: workspace.config.classify, feeds: workspace.config.feeds)
    }

    /// Renders `plan` in `format` (with the custom template for Markdown when one is configured).
    public func render(_ plan: DraftPlan, format: DraftFormat) throws -> String {
        let composer = DraftComposer(settings: workspace.config.draft, feeds: workspace.config.feeds)
        switch format {
        case .html: return composer.html(plan)
        case .json: return composer.json(plan)
        case .markdown:
            guard let templatePath = workspace.config.draft.templatePath else { return composer.markdown(plan) }
            guard let template = try? String(contentsOfFile: templatePath, encoding: .utf8) else {
                throw PipelineError.templateUnreadable(templatePath)
            }
            return try composer.render(plan, templateText: template)
        }
    }

    /// Writes the Markdown draft of `plan` to drafts/YYYY-MM.md, or the new candidates beside an edited one.
    public func write(_ plan: DraftPlan) throws -> ComposeReport {
        let path = draftPath(for: plan.month)
        let text = try render(plan, format: .markdown)
        let previous = try workspace.store.lastDraft(path: path)
        let items = plan.items.values.reduce(0) { $0 + $1.count }
        var report = ComposeReport(month: plan.month, path: path, outcome: .written, items: items, text: text)
        switch try DraftWriter.write(text, to: path, previousHash: previous?.hash) {
        case .written(let hash):
            try workspace.store.recordDraft(
                path: path, month: plan.month, hash: hash, entryIDs: plan.chosenEntryIDs, at: now())
        case .unchanged:
            report.outcome = .unchanged
        case .editedKept:
            report.outcome = .editedKept(newCandidatesPath: try writeNewCandidates(of: plan, besideEdited: path))
        }
        return report
    }

    /// Writes drafts/YYYY-MM.new.md with the items the edited draft does not link yet; nil when there are none.
    private func writeNewCandidates(of plan: DraftPlan, besideEdited path: String) throws -> String? {
        let edited = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let fresh = DraftWriter.newCandidates(plan, notLinkedIn: edited)
        guard fresh.entryIDs.count > 0 else { return nil }
        let newPath = DraftWriter.newCandidatesPath(for: path)
        // The .new.md file is ours alone: it is replaced on every run.
        _ = try DraftWriter.overwrite(try render(fresh, format: .markdown), to: newPath)
        return newPath
    }
}

extension DraftPlan {
    /// Ids of the entries of the chosen items (what `learn` counts as deleted when they disappear).
    var chosenEntryIDs: [Int64] {
        Section.allCases.flatMap { section in (items[section] ?? []).flatMap { $0.entries.map(\.id) } }
    }

    /// Ids of every entry the plan shows, chosen items and more candidates, in order.
    var entryIDs: [Int64] {
        Section.allCases.flatMap { section in
            ((items[section] ?? []) + (moreCandidates[section] ?? [])).flatMap { $0.entries.map(\.id) }
        }
    }
}
