import BriefingModel

/// A candidate entry with what the planner needs to know about it, computed once.
struct PlannedEntry {
    var entry: Entry
    var classification: Classification
    var release: ReleaseDetector.Found?
    /// The feed's weight (1 when the feed is gone from the configuration).
    var weight: Double
    var kind: FeedKind
    /// Normalized link, lowercased, without a trailing slash; nil when the entry has none.
    var linkKey: String?

    init?(entry: Entry, feed: FeedSource?) {
        guard let classification = entry.classification, classification.isCandidate else { return nil }
        self.entry = entry
        self.classification = classification
        weight = feed?.weight ?? 1
        kind = feed?.kind ?? .news
        release = ReleaseDetector.detect(ClassifierInput(entry: entry, feed: feed))
        linkKey = Self.linkKey(entry.normalizedURL ?? entry.url)
    }

    var section: Section { classification.section }

    private static func linkKey(_ link: String?) -> String? {
        guard var key = link?.lowercased(), !key.isEmpty else { return nil }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    /// Lead order: newest release first, then heavier source, project feeds for releases, score, date, id.
    static func leadsBefore(_ first: PlannedEntry, _ second: PlannedEntry) -> Bool {
        if let a = first.release?.version, let b = second.release?.version, a != b { return a > b }
        if first.weight != second.weight { return first.weight > second.weight }
        if first.section == .releases, first.kind != second.kind { return first.kind == .project }
        if first.classification.score != second.classification.score {
            return first.classification.score > second.classification.score
        }
        if first.entry.date != second.entry.date { return first.entry.date < second.entry.date }
        return first.entry.id < second.entry.id
    }
}
