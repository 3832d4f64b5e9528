import BriefingModel
import Foundation
import GRDB

/// One row of `entries`: a stored entry with its classification columns.
///
/// Decoded and encoded by hand (see `EntryRow+Columns.swift`) rather than through `Codable`:
/// the row is read for every entry of every fetch, and GRDB's Codable path cost several times more.
struct EntryRow: Equatable {
    static var databaseTableName: String { "entries" }

    var id: Int64?
    var feed: String
    var key: String
    var url: String?
    var normalizedUrl: String?
    var title: String
    var author: String?
    var published: Date?
    var updated: Date?
    var firstSeen: Date
    var summary: String
    var content: String?
    /// Stored as a JSON array of strings.
    var categories: [String]
    var section: Section?
    var confidence: Double?
    var why: String?
    var isCandidate: Bool?
    var score: Double?

    /// A new row for `draft`, first seen at `now`, unclassified. Dates are rounded to what the
    /// database keeps (milliseconds), so a refetched entry compares equal to its stored row.
    init(draft: EntryDraft, feed: String, firstSeen now: Date) {
        self.feed = feed
        key = draft.key
        url = draft.url
        normalizedUrl = draft.normalizedURL
        title = draft.title
        author = draft.author
        published = draft.published.map(Self.stored)
        updated = draft.updated.map(Self.stored)
        firstSeen = Self.stored(now)
        summary = draft.summary
        content = draft.content
        categories = draft.categories
    }

    /// The SQL expression of `Entry.date`: published, else updated, else first seen.
    static let dateSQL = "COALESCE(published, updated, first_seen)"

    var entry: Entry {
        Entry(
            id: id ?? 0, feed: feed, key: key, url: url, normalizedURL: normalizedUrl, title: title,
            author: author, published: published, updated: updated, firstSeen: firstSeen, summary: summary,
            content: content, categories: categories, classification: classification)
    }

    var classification: Classification? {
        get {
            guard let section, let confidence else { return nil }
            return Classification(
                section: section, confidence: confidence, why: why ?? "", isCandidate: isCandidate ?? true,
                score: score ?? 0)
        }
        set {
            section = newValue?.section
            confidence = newValue?.confidence
            why = newValue?.why
            isCandidate = newValue?.isCandidate
            score = newValue?.score
        }
    }

    /// True when a field the classifier reads differs, so the stored classification is stale.
    func classifierInputsDiffer(from other: EntryRow) -> Bool {
        title != other.title || summary != other.summary || content != other.content || url != other.url
            || author != other.author || categories != other.categories
    }

    private static func stored(_ date: Date) -> Date {
        Date.fromDatabaseValue(date.databaseValue) ?? date
    }
}
