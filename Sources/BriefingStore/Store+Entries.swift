import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Stores the entries of one fetch of the feed named `name` and then its health, in ONE
    /// transaction: a crash leaves either all of it or none, so validators are never saved
    /// without the entries they vouch for.
    ///
    /// Entries are matched by (feed, key). A new entry gets `firstSeen = now`. An entry edited
    /// upstream is updated in place, keeps its row id and `firstSeen`, and keeps its
    /// classification unless a field the classifier reads changed (title, summary, content,
    /// url, author, categories), in which case the classification is cleared for re-classifying.
    /// Nothing is ever deleted.
    public func storeFetchedEntries(
        _ entries: [EntryDraft], forFeed name: String, health: FeedHealth, at now: Date
    ) throws(StoreError) -> UpsertSummary {
        try write("storing the entries of \(name)") { db in
            try Self.saveHealth(health, forFeed: name, in: db)
            var summary = UpsertSummary(inserted: 0, updated: 0, unchanged: 0, insertedIDs: [])
            summary.insertedIDs.reserveCapacity(entries.count)
            let firstSeen = StoredDate.text(now)
            let statements = try EntryStatements(db)
            for draft in entries {
                try Self.upsert(
                    draft, feed: name, at: now, firstSeen: firstSeen, into: &summary, with: statements, in: db)
            }
            return summary
        }
    }

    private static func upsert(
        _ draft: EntryDraft, feed: String, at now: Date, firstSeen: String, into summary: inout UpsertSummary,
        with statements: EntryStatements, in db: Database
    ) throws {
        guard let existing = try statements.existing(draft, feed: feed) else {
            summary.insertedIDs.append(try statements.insert(draft, feed: feed, firstSeen: firstSeen))
            summary.inserted += 1
            return
        }
        if existing.isUnchanged {
            summary.unchanged += 1
            return
        }
        guard
            let stored = try EntryRow.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM entries WHERE id = ?"), arguments: [existing.id])
        else { throw DatabaseError(message: "entry \(existing.id) of \(feed) vanished while being stored") }
        var row = EntryRow(draft: draft, feed: feed, firstSeen: now)
        row.id = stored.id
        row.firstSeen = stored.firstSeen
        if !row.classifierInputsDiffer(from: stored) { row.classification = stored.classification }
        if row == stored {
            summary.unchanged += 1
        } else {
            try row.update(db)
            summary.updated += 1
            summary.updatedIDs.append(row.id ?? 0)
        }
    }

    /// Stored entries, optionally limited to those whose `Entry.date` (published, else updated,
    /// else first seen) falls in `window`, to one feed and to one classified section; ordered by
    /// that date, then by row id.
    public func entries(in window: Range<Date>? = nil, feed: String? = nil, section: Section? = nil)
        throws(StoreError) -> [Entry]
    {
        let (filter, arguments) = Self.entriesFilter(in: window, feed: feed, section: section)
        return try fetchEntries("reading entries", sql: "SELECT * FROM entries \(filter)", arguments: arguments)
    }

    /// The WHERE clause of `entries(in:feed:section:)`. A window is searched per feed in
    /// `entries_feed_date` (the feeds table names every feed an entry can belong to), rather than
    /// by a store-wide date index that every insert would have to update out of order.
    static func entriesFilter(in window: Range<Date>?, feed: String?, section: Section?) -> (
        String, StatementArguments
    ) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let feed {
            conditions.append("feed = ?")
            arguments += [feed]
        } else if window != nil {
            conditions.append("feed IN (SELECT name FROM feeds)")
        }
        if let window {
            conditions.append("\(EntryRow.dateSQL) >= ? AND \(EntryRow.dateSQL) < ?")
            arguments += [window.lowerBound, window.upperBound]
        }
        if let section {
            conditions.append("section = ?")
            arguments += [section.rawValue]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The entry with row id `id`, or nil.
    public func entry(id: Int64) throws(StoreError) -> Entry? {
        try read("reading entry \(id)") { db in
            try EntryRow.fetchOne(db, key: id)?.entry
        }
    }

    /// Entries of any feed whose normalized URL is `normalizedURL` (cross-feed duplicates, learning
    /// from a finished draft), ordered like `entries(in:feed:section:)`.
    public func entries(withNormalizedURL normalizedURL: String) throws(StoreError) -> [Entry] {
        try fetchEntries(
            "reading entries by URL", sql: "SELECT * FROM entries WHERE normalized_url = ?",
            arguments: [normalizedURL])
    }

    /// Saves the classifier's decision for each entry, in one transaction. Unknown ids are ignored.
    public func saveClassifications(_ byEntryID: [Int64: Classification]) throws(StoreError) {
        try write("saving classifications") { db in
            for (id, classification) in byEntryID {
                guard var row = try EntryRow.fetchOne(db, key: id) else { continue }
                row.classification = classification
                try row.update(db)
            }
        }
    }

    private func fetchEntries(_ action: String, sql: String, arguments: StatementArguments)
        throws(StoreError) -> [Entry]
    {
        // Sorted here, not by ORDER BY: without a store-wide date index SQLite would sort whole
        // rows, spilling a month's summaries and contents to a temporary file. The stored text of
        // a date sorts as the instant does, so the order is the one `ORDER BY dateSQL, id` gave.
        let rows = try read(action) { db in try EntryRow.fetchAll(db, sql: sql, arguments: arguments) }
        return rows.map(\.entry).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}
