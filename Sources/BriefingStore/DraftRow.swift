import BriefingModel
import Foundation
import GRDB

/// One row of `drafts`: one write of a draft file (the table keeps every write).
struct DraftRow: Codable, FetchableRecord, MutablePersistableRecord {
    static var databaseTableName: String { "drafts" }
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var path: String
    /// `YYYY-MM`.
    var month: String
    var hash: String
    /// Stored as a JSON array of row ids.
    var entryIds: [Int64]
    var writtenAt: Date

    init(_ record: DraftRecord) {
        path = record.path
        month = record.month.description
        hash = record.hash
        entryIds = record.entryIDs
        writtenAt = record.writtenAt
    }

    /// The record, or nil when the stored month is not `YYYY-MM`.
    var record: DraftRecord? {
        Month(month).map { DraftRecord(path: path, month: $0, hash: hash, entryIDs: entryIds, writtenAt: writtenAt) }
    }
}
