import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Records that the draft at `path` for `month` was written with content hash `hash`.
    public func recordDraft(path: String, month: Month, hash: String, entryIDs: [Int64], at: Date)
        throws(StoreError)
    {
        let record = DraftRecord(path: path, month: month, hash: hash, entryIDs: entryIDs, writtenAt: at)
        try write("recording the draft \(path)") { db in
            var row = DraftRow(record)
            try row.insert(db)
        }
    }

    /// The last write recorded for the draft at `path` (latest `writtenAt`, then latest recorded).
    public func lastDraft(path: String) throws(StoreError) -> DraftRecord? {
        try read("reading the drafts written") { db in
            try DraftRow.filter(Column("path") == path)
                .order(Column("written_at").desc, Column("id").desc)
                .fetchOne(db)?.record
        }
    }
}
