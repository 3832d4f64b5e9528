import BriefingModel
import Foundation
import GRDB

/// One row of `labels`: an editor's decision about an entry (a NULL section means "drop").
struct LabelRow: Codable, FetchableRecord, MutablePersistableRecord {
    static var databaseTableName: String { "labels" }
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var entryId: Int64
    var section: Section?
    var source: String
    var at: Date
    var by: String?
    var undoneAt: Date?

    init(_ label: Label) {
        entryId = label.entryID
        section = label.section
        source = label.source
        at = label.at
        by = label.by
    }

    var label: Label {
        Label(entryID: entryId, section: section, source: source, at: at, by: by)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
