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
    /// What the machine drafts did; nil when `assist:` is off.
    public var assist: AssistReport?
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
        let planned = DraftPlanner.plan(
            entries: inMonth, month: month, settings: workspace.config.classify, feeds: workspace.config.feeds)
        // The editors' splits, merges and order from `briefing serve` (none: the plan as planned).
        // `plan` cannot throw (its callers hold entries already read); a store that fails here
        // fails the write or the next read loudly, so planning without the arrangement is safe.
        let arrangement = (try? workspace.store.itemArrangement()) ?? ItemArrangement()
        return ItemArrangementOverlay.apply(arrangement, to: planned)
    }

    /// Renders `plan` in `format` (with the custom template for Markdown when one is configured),
    /// with the editors' remembered texts (no machine drafts: only writing the draft asks for them).
    public func render(_ plan: DraftPlan, format: DraftFormat) throws -> String {
        try render(plan, format: format, notes: try rememberedNotes(plan))
    }

    private func rememberedNotes(_ plan: DraftPlan) throws -> [Int64: ItemNotes] {
        GlossaryMatcher(glossary: try workspace.store.glossary()).notes(for: plan)
    }

    /// The remembered texts plus, when `assist:` is on, the machine drafts of the plan's items.
    private func notesWithMachineDrafts(_ plan: DraftPlan) async throws -> ([Int64: ItemNotes], AssistReport?) {
        let notes = try rememberedNotes(plan)
        guard let settings = workspace.config.assist else { return (notes, nil) }
        let stage = AssistStage(
            settings: settings, store: workspace.store, timeZone: workspace.config.draft.timeZone,
            userAgent: workspace.config.fetch.userAgent, now: now)
        return try await stage.draft(plan, notes: notes)
    }

    private func render(_ plan: DraftPlan, format: DraftFormat, notes: [Int64: ItemNotes]) throws -> String {
        // The editors' own headline and summary (written in `briefing serve`) replace the source's.
        let plan = ItemTextOverlay.apply(try workspace.store.itemTexts(), to: plan)
        let composer = DraftComposer(settings: workspace.config.draft, feeds: workspace.config.feeds, notes: notes)
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
    public func write(_ plan: DraftPlan) async throws -> ComposeReport {
        let path = draftPath(for: plan.month)
        let (notes, assist) = try await notesWithMachineDrafts(plan)
        let text = try render(plan, format: .markdown, notes: notes)
        let previous = try workspace.store.lastDraft(path: path)
        let items = plan.items.values.reduce(0) { $0 + $1.count }
        var report = ComposeReport(month: plan.month, path: path, outcome: .written, items: items, text: text)
        report.assist = assist
        switch try naming(DraftWriter.write(text, to: path, previousHash: previous?.hash)) {
        case .written(let hash):
            try workspace.store.recordDraft(
                path: path, month: plan.month, hash: hash, entryIDs: plan.chosenEntryIDs, at: now())
        case .unchanged:
            report.outcome = .unchanged
        case .editedKept:
            let since = previous?.writtenAt
            report.outcome = .editedKept(
                newCandidatesPath: try writeNewCandidates(of: plan, besideEdited: path, since: since))
        }
        return report
    }

    /// Writes `plan` rendered in `format` to `path` (`compose --out`) under the same never-clobber
    /// rule as the draft: a file that is there and was not written by briefing as it is now, or a
    /// month's draft, is left alone. The month's own draft path in Markdown is the ordinary write.
    public func write(_ plan: DraftPlan, format: DraftFormat, to path: String) async throws -> ComposeReport {
        let target = absolutePath(path)
        if format == .markdown && target == draftPath(for: plan.month) { return try await write(plan) }
        let previous = try workspace.store.lastDraft(path: target)
        if let previous, !previous.entryIDs.isEmpty {
            throw PipelineError.outIsADraft(path, month: previous.month)
        }
        let text = try render(plan, format: format)
        let items = plan.items.values.reduce(0) { $0 + $1.count }
        var report = ComposeReport(month: plan.month, path: target, outcome: .written, items: items, text: text)
        switch try naming(DraftWriter.write(text, to: target, previousHash: previous?.hash ?? Self.absent)) {
        case .written(let hash):
            // Recorded without entries: it is a copy to look at, not a draft for `learn` to compare.
            try workspace.store.recordDraft(path: target, month: plan.month, hash: hash, entryIDs: [], at: now())
        case .unchanged:
            report.outcome = .unchanged
        case .editedKept:
            throw PipelineError.outExists(path)
        }
        return report
    }

    /// `body`'s draft error, naming the configuration file the user actually uses.
    private func naming<T>(_ body: @autoclosure () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as DraftError {
            error.configName = (workspace.config.path as NSString).lastPathComponent
            throw error
        }
    }

    /// The hash a file that briefing never wrote is compared with: matches nothing on disk.
    private static let absent = "-"

    /// Writes drafts/YYYY-MM.new.md with what is new since the editors' version: items whose
    /// entries were all first seen after the tool last wrote the draft (so none of them can be one
    /// the editors deleted) and that the edited draft does not link; nil when there are none.
    private func writeNewCandidates(of plan: DraftPlan, besideEdited path: String, since: Date?) throws -> String? {
        let edited = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var fresh = DraftWriter.newCandidates(plan, notLinkedIn: edited)
        if let since { fresh = fresh.keepingItems { item in item.entries.allSatisfy { $0.firstSeen > since } } }
        let newPath = DraftWriter.newCandidatesPath(for: path)
        guard fresh.entryIDs.count > 0 else {
            // Nothing new: an old .new.md would list what is no longer new.
            try? FileManager.default.removeItem(atPath: newPath)
            return nil
        }
        // The .new.md file is ours alone: it is replaced on every run.
        _ = try DraftWriter.overwrite(headed(try render(fresh, format: .markdown), since: since), to: newPath)
        return newPath
    }

    /// `text` under a title that says since when its items are new:
    /// `# 2025.05 云原生相关信息简报 · 新条目(自 2025-05-20 07:10 起)`.
    private func headed(_ text: String, since: Date?) -> String {
        let when = since.map { "自 \(LocalTime.minutes($0, in: workspace.config.draft.timeZone)) 起" } ?? "草稿被编辑后"
        let note = "> 只列出 briefing 上次写入草稿以来新出现的条目(\(when));编辑删去的条目不会再列出。把要保留的条目复制进草稿即可。\n"
        guard text.hasPrefix("# "), let end = text.firstIndex(of: "\n") else { return note + "\n" + text }
        return text[..<end] + " · 新条目(\(when))\n\n" + note + text[end...]
    }
}

extension DraftPlan {
    /// The plan with only the items (chosen and more candidates) that `keep` accepts.
    func keepingItems(_ keep: (DraftItem) -> Bool) -> DraftPlan {
        DraftPlan(
            month: month, items: items.mapValues { $0.filter(keep) },
            moreCandidates: moreCandidates.mapValues { $0.filter(keep) })
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
