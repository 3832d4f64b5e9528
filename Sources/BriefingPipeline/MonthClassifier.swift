import BriefingClassify
import BriefingModel
import BriefingStore
import Foundation

/// Classifies the stored entries of a month with a classifier trained on the editors' labels.
public struct MonthClassifier: Sendable {
    private let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// A classifier built from the configuration, the shipped examples and every stored label.
    public func makeClassifier() throws -> Classifier {
        makeClassifier(labels: try workspace.store.labels())
    }

    /// The binding label of each labelled entry, by entry id.
    public func decisions() throws -> [Int64: Label] {
        Self.decisions(try workspace.store.labels())
    }

    private static func decisions(_ labels: [(entry: Entry, label: Label)]) -> [Int64: Label] {
        Dictionary(labels.map { ($0.entry.id, $0.label) }) { _, last in last }
    }

    private func makeClassifier(labels: [(entry: Entry, label: Label)]) -> Classifier {
        let examples = labels.map { labeled in
            LabeledExample(
                input: ClassifierInput(entry: labeled.entry, feed: workspace.config.feed(named: labeled.entry.feed)),
                section: labeled.label.section)
        }
        let config = workspace.config
        return Classifier(settings: config.classify, rules: config.rules, feeds: config.feeds, labels: examples)
    }

    /// The month's entries, each with its classification (also saved to the store unless `dryRun`).
    /// - Parameters:
    ///   - pending: entries of a dry run that were parsed but not stored.
    ///   - classifier: one already trained on the current labels (a run classifying two months
    ///     trains once); nil trains one here.
    public func classify(
        _ month: Month, pending: [Entry] = [], dryRun: Bool = false, using classifier: Classifier? = nil
    ) throws -> [Entry] {
        let window = month.window(in: workspace.config.draft.timeZone)
        let stored = try workspace.store.entries(in: window)
        let storedKeys = Set(stored.map { "\($0.feed)\u{1F}\($0.key)" })
        let fresh = pending.filter { window.contains($0.date) && !storedKeys.contains("\($0.feed)\u{1F}\($0.key)") }
        let labels = try workspace.store.labels()
        let classifier = classifier ?? makeClassifier(labels: labels)
        let decisions = Self.decisions(labels)
        let entries = stored + fresh
        let volume = FeedVolume(entries)
        let classifications = classifier.classify(
            entries.map { ClassifierInput(entry: $0, feed: workspace.config.feed(named: $0.feed)) }, volume: volume)
        var classified: [Entry] = []
        var byID: [Int64: Classification] = [:]
        for (var entry, var classification) in zip(entries, classifications) {
            if let label = decisions[entry.id] { classification.bind(to: label) }
            entry.classification = classification
            if entry.id > 0 { byID[entry.id] = classification }
            classified.append(entry)
        }
        if !dryRun { try workspace.store.saveClassifications(byID) }
        return classified
    }
}

extension Classification {
    /// Makes the editors' `label` the decision: its section (or not a candidate, for drop), full
    /// confidence, and a `why` naming what made it; the relevance score stays for ordering.
    mutating func bind(to label: Label) {
        let day = label.at.formatted(.iso8601.year().month().day())
        let made = "label: \(label.section?.rawValue ?? "drop") by \(label.source), \(day)"
        why = made + "; the classifier said \(section.rawValue) (\(why))"
        if let decided = label.section { section = decided }
        isCandidate = label.section != nil
        confidence = 1
        isEditorDecision = true
    }
}

extension FetchReport {
    /// The entries of a dry run as unsaved `Entry` values (negative ids), first seen at `now`.
    public func pendingEntries(now: Date) -> [Entry] {
        var nextID: Int64 = -1
        var entries: [Entry] = []
        for feed in pending.keys.sorted() {
            for draft in pending[feed] ?? [] {
                entries.append(
                    Entry(
                        id: nextID, feed: feed, key: draft.key, url: draft.url, normalizedURL: draft.normalizedURL,
                        title: draft.title, author: draft.author, published: draft.published,
                        updated: draft.updated, firstSeen: now, summary: draft.summary, content: draft.content,
                        categories: draft.categories))
                nextID -= 1
            }
        }
        return entries
    }
}
