import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Records an editor's decision about an entry; earlier labels of the entry are kept as history.
    /// - Returns: the label's row id (for `unlabel`).
    @discardableResult
    public func addLabel(_ label: Label) throws(StoreError) -> Int64 {
        try addLabels([label]).first ?? 0
    }

    /// Records several decisions in one transaction (a whole `learn`): all of them or none.
    @discardableResult
    public func addLabels(_ labels: [Label]) throws(StoreError) -> [Int64] {
        let action =
            labels.count == 1 ? "saving a label of entry \(labels[0].entryID)" : "saving \(labels.count) labels"
        return try write(action) { db in
            try labels.map { label in
                var row = LabelRow(label)
                try row.insert(db)
                return row.id ?? 0
            }
        }
    }

    /// The binding label of every labelled entry (its latest label not undone: latest `at`, then
    /// latest added), with the entry, ordered by entry id.
    public func labels() throws(StoreError) -> [(entry: Entry, label: Label)] {
        try read("reading labels") { db in
            let latest = try LabelRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM labels AS l WHERE l.id = (
                        SELECT id FROM labels WHERE entry_id = l.entry_id AND undone_at IS NULL
                        ORDER BY at DESC, id DESC LIMIT 1)
                    ORDER BY l.entry_id
                    """)
            return try latest.compactMap { row in
                try EntryRow.fetchOne(db, key: row.entryId).map { (entry: $0.entry, label: row.label) }
            }
        }
    }

    /// Every label ever recorded (undone ones too), oldest first, optionally only those of
    /// entries placed in `window`.
    public func labelHistory(in window: Range<Date>? = nil) throws(StoreError) -> [StoredLabel] {
        try read("reading the label history") { db in
            let rows = try LabelRow.order(Column("at"), Column("id")).fetchAll(db)
            return try rows.compactMap { row -> StoredLabel? in
                guard let id = row.id, let entry = try EntryRow.fetchOne(db, key: row.entryId)?.entry else {
                    return nil
                }
                if let window, !window.contains(entry.date) { return nil }
                return StoredLabel(
                    id: id, label: row.label, undoneAt: row.undoneAt, entryTitle: entry.title,
                    entryFeed: entry.feed, entryDate: entry.date)
            }
        }
    }

    /// Marks the label `id` undone (the row stays, as history).
    /// - Returns: false when there is no such label or it was undone already.
    public func undoLabel(id: Int64, at: Date) throws(StoreError) -> Bool {
        try write("undoing label \(id)") { db in
            try db.execute(
                sql: "UPDATE labels SET undone_at = ? WHERE id = ? AND undone_at IS NULL", arguments: [at, id])
            return db.changesCount > 0
        }
    }

    /// Marks undone every label `source` recorded that is not undone yet (`learn --undo FILE`).
    /// - Returns: how many labels were undone.
    public func undoLabels(source: String, at: Date) throws(StoreError) -> Int {
        try write("undoing the labels of \(source)") { db in
            try db.execute(
                sql: "UPDATE labels SET undone_at = ? WHERE source = ? AND undone_at IS NULL", arguments: [at, source])
            return db.changesCount
        }
    }
}
