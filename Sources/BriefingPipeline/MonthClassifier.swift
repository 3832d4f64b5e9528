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
        let examples = try workspace.store.labels().map { labeled in
            LabeledExample(
                input: ClassifierInput(entry: labeled.entry, feed: workspace.config.feed(named: labeled.entry.feed)),
                section: labeled.label.section)
        }
        let config = workspace.config
        return Classifier(settings: config.classify, rules: config.rules, feeds: config.feeds, labels: examples)
    }

    /// The month's entries, each with its classification (also saved to the store unless `dryRun`).
    /// - Parameter pending: entries of a dry run that were parsed but not stored.
    public func classify(_ month: Month, pending: [Entry] = [], dryRun: Bool = false) throws -> [Entry] {
        let window = month.window(in: workspace.config.draft.timeZone)
        let stored = try workspace.store.entries(in: window)
        let storedKeys = Set(stored.map { "\($0.feed)\u{1F}\($0.key)" })
        let fresh = pending.filter { window.contains($0.date) && !storedKeys.contains("\($0.feed)\u{1F}\($0.key)") }
        let classifier = try makeClassifier()
        var classified: [Entry] = []
        var byID: [Int64: Classification] = [:]
        for var entry in stored + fresh {
            let classification = classifier.classify(
                ClassifierInput(entry: entry, feed: workspace.config.feed(named: entry.feed)))
            entry.classification = classification
            if entry.id > 0 { byID[entry.id] = classification }
            classified.append(entry)
        }
        if !dryRun { try workspace.store.saveClassifications(byID) }
        return classified
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
