import BriefingCompose
import BriefingModel
import BriefingStore
import Foundation

/// What `briefing learn` recorded from a finished draft.
public struct LearnReport: Sendable {
    /// Entries found in a section of the draft (labelled with that section).
    public var kept = 0
    /// Entries the draft once showed that the editors deleted (labelled `drop`).
    public var deleted = 0
    /// Links of the draft that match no stored entry (editors' own additions).
    public var unmatchedLinks: [String] = []

    public var summary: String {
        "learned \(kept) kept and \(deleted) deleted entries; \(unmatchedLinks.count) links matched no stored entry"
    }
}

/// Reads a draft the editors finished and stores what they decided as labels.
public struct DraftLearner: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Labels every entry the draft at `path` links, by section; entries the written draft showed
    /// and the finished one no longer links are labelled `drop`.
    public func learn(fromDraftAt path: String) throws -> LearnReport {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PipelineError.draftMissing(path)
        }
        let draft = DraftReader.read(text)
        var report = LearnReport()
        var kept: Set<Int64> = []
        let source = "learn: \((path as NSString).lastPathComponent)"
        for item in draft.items {
            var matched = try entries(linkedBy: item.links)
            matched += try item.entryIDs.compactMap { try workspace.store.entry(id: $0) }
                .filter { entry in !matched.contains { $0.id == entry.id } }
            if matched.isEmpty { report.unmatchedLinks += item.links }
            for entry in matched where !kept.contains(entry.id) {
                kept.insert(entry.id)
                try workspace.store.addLabel(Label(entryID: entry.id, section: item.section, source: source, at: now()))
            }
        }
        report.kept = kept.count
        let written = try workspace.store.lastDraft(path: absolutePath(path))?.entryIDs ?? []
        let appendix = Set(try entries(linkedBy: draft.moreCandidateLinks).map(\.id))
        for id in written where !kept.contains(id) && !appendix.contains(id) {
            try workspace.store.addLabel(Label(entryID: id, section: nil, source: source, at: now()))
            report.deleted += 1
        }
        return report
    }

    private func entries(linkedBy links: [String]) throws -> [Entry] {
        try links.compactMap(URLNormalizer.normalize).flatMap { try workspace.store.entries(withNormalizedURL: $0) }
    }
}
