import BriefingModel

/// A candidate entry with what the planner needs to know about it, computed once.
struct PlannedEntry {
    var entry: Entry
    var classification: Classification
    var release: ReleaseDetector.Found?
    /// The project and version a releases-section title names without announcing them (`Istio 1.26 Adds …`).
    var mention: ReleaseDetector.Found?
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
        let input = ClassifierInput(entry: entry, feed: feed)
        release = ReleaseDetector.detect(input)
        mention = release == nil && classification.section == .releases ? ReleaseDetector.mention(input) : nil
        linkKey = Self.linkKey(entry.normalizedURL ?? entry.url)
    }

    var section: Section { classification.section }

    /// `project version` of the release announced or, in the releases section, mentioned.
    var storyKey: String? { (release ?? mention).map { "\($0.project) \($0.version)" } }

    private static func linkKey(_ link: String?) -> String? {
        guard var key = link?.lowercased(), !key.isEmpty else { return nil }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }

    /// Lead order: newest release first, announced releases before mentions, then heavier source, project feeds for releases, score, date, id.
    static func leadsBefore(_ first: PlannedEntry, _ second: PlannedEntry) -> Bool {
        if let a = first.release?.version, let b = second.release?.version, a != b { return a > b }
        if (first.release == nil) != (second.release == nil) { return first.release != nil }
        if first.weight != second.weight { return first.weight > second.weight }
        if first.section == .releases, first.kind != second.kind { return first.kind == .project }
        if first.classification.score != second.classification.score {
            return first.classification.score > second.classification.score
        }
        if first.entry.date != second.entry.date { return first.entry.date < second.entry.date }
        return first.entry.id < second.entry.id
    }
}
