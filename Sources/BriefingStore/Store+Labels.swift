import BriefingModel
import GRDB

extension Store {
    /// Records an editor's decision about an entry; earlier labels of the entry are kept as history.
    public func addLabel(_ label: Label) throws(StoreError) {
        try write("saving a label of entry \(label.entryID)") { db in
            var row = LabelRow(label)
            try row.insert(db)
        }
    }

    /// The latest label of every labelled entry (latest `at`, then latest added), with the entry,
    /// ordered by entry id.
    public func labels() throws(StoreError) -> [(entry: Entry, label: Label)] {
        try read("reading labels") { db in
            let latest = try LabelRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM labels AS l WHERE l.id = (
                        SELECT id FROM labels WHERE entry_id = l.entry_id ORDER BY at DESC, id DESC LIMIT 1)
                    ORDER BY l.entry_id
                    """)
            return try latest.compactMap { row in
                try EntryRow.fetchOne(db, key: row.entryId).map { (entry: $0.entry, label: row.label) }
            }
        }
    }
}
