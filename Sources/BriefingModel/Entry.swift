import Foundation

/// How an entry was sorted: its section, how sure the classifier is, and which layer decided.
public struct Classification: Sendable, Hashable, Codable {
    public var section: Section
    /// 0...1; below the configured threshold the entry is marked for review.
    public var confidence: Double
    /// Which layer decided and on what evidence, e.g. `rule: feeds.yaml:41` or `release: etcd v3.6.0`.
    public var why: String
    /// False when the entry must not be a draft candidate (a `drop` rule, a patch release
    /// under `releases: minor`); it stays stored.
    public var isCandidate: Bool
    /// Relevance score used to order and cap items within a section.
    public var score: Double
    /// True when an editor's label decided it: the draft then shows the entry in its section
    /// whatever the caps, and never marks it for review.
    public var isEditorDecision: Bool

    public init(
        section: Section, confidence: Double, why: String, isCandidate: Bool = true, score: Double = 0,
        isEditorDecision: Bool = false
    ) {
        self.section = section
        self.confidence = confidence
        self.why = why
        self.isCandidate = isCandidate
        self.score = score
        self.isEditorDecision = isEditorDecision
    }
}

/// A stored entry: what the store keeps of a parsed entry, plus its identity and classification.
public struct Entry: Sendable, Hashable, Codable, Identifiable {
    /// The store's row id; stable for the life of the store.
    public var id: Int64
    /// Name of the feed it came from.
    public var feed: String
    /// Stable identity within the feed: guid/id, else link, else a hash of title+content.
    public var key: String
    /// The entry link as given (resolved), and its normalized form for cross-feed duplicates.
    public var url: String?
    public var normalizedURL: String?
    public var title: String
    public var author: String?
    public var published: Date?
    public var updated: Date?
    /// When the store first saw the entry (UTC); kept when the entry is edited upstream.
    public var firstSeen: Date
    /// Plain text of the summary (HTML turned to text).
    public var summary: String
    /// Content as the feed gave it (HTML), for release-note highlights.
    public var content: String?
    public var categories: [String]
    public var classification: Classification?

    public init(
        id: Int64, feed: String, key: String, url: String?, normalizedURL: String?, title: String,
        author: String? = nil, published: Date? = nil, updated: Date? = nil, firstSeen: Date,
        summary: String = "", content: String? = nil, categories: [String] = [],
        classification: Classification? = nil
    ) {
        self.id = id
        self.feed = feed
        self.key = key
        self.url = url
        self.normalizedURL = normalizedURL
        self.title = title
        self.author = author
        self.published = published
        self.updated = updated
        self.firstSeen = firstSeen
        self.summary = summary
        self.content = content
        self.categories = categories
        self.classification = classification
    }

    /// The instant that places the entry in a month: published, else updated, else first seen.
    public var date: Date { published ?? updated ?? firstSeen }
}

/// An entry ready to store: produced by the pipeline from a `ParsedEntry`, before it has a row id.
public struct EntryDraft: Sendable, Hashable {
    public var key: String
    public var url: String?
    public var normalizedURL: String?
    public var title: String
    public var author: String?
    public var published: Date?
    public var updated: Date?
    public var summary: String
    public var content: String?
    public var categories: [String]

    public init(
        key: String, url: String?, normalizedURL: String?, title: String, author: String?,
        published: Date?, updated: Date?, summary: String, content: String?, categories: [String]
    ) {
        self.key = key
        self.url = url
        self.normalizedURL = normalizedURL
        self.title = title
        self.author = author
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.categories = categories
    }
}

/// An editor's decision about an entry: a section, or `nil` for "drop".
public struct Label: Sendable, Hashable, Codable {
    public var entryID: Int64
    /// The section the editors put the entry in; nil means they dropped it.
    public var section: Section?
    /// What made the decision: `label`, `learn: 2025-05.md`, `serve`.
    public var source: String
    public var at: Date
    /// Who made it (the login name of the user who ran the command), when known.
    public var by: String?

    public init(entryID: Int64, section: Section?, source: String, at: Date, by: String? = nil) {
        self.entryID = entryID
        self.section = section
        self.source = source
        self.at = at
        self.by = by
    }
}

/// A label as the store keeps it: with its row id, and when it was undone (an undone label no
/// longer binds its entry; the entry's earlier label, if any, does again).
public struct StoredLabel: Sendable, Hashable {
    public var id: Int64
    public var label: Label
    public var undoneAt: Date?
    /// The labelled entry's title and feed, for listings.
    public var entryTitle: String
    public var entryFeed: String
    /// The month window placement instant of the entry (`Entry.date`).
    public var entryDate: Date

    public init(id: Int64, label: Label, undoneAt: Date?, entryTitle: String, entryFeed: String, entryDate: Date) {
        self.id = id
        self.label = label
        self.undoneAt = undoneAt
        self.entryTitle = entryTitle
        self.entryFeed = entryFeed
        self.entryDate = entryDate
    }
}
