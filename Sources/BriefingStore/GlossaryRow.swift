import BriefingModel
import Foundation
import GRDB

/// One row of `glossary`: the latest text of one kind for one project or organisation.
struct GlossaryRow: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { "glossary" }
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var name: String
    var kind: String
    var heading: String
    /// Stored as a JSON array of lines.
    var lines: [String]
    var month: String
    var updatedAt: Date

    init(_ entry: GlossaryEntry) {
        name = entry.name
        kind = entry.kind.rawValue
        heading = entry.heading
        lines = entry.lines
        month = entry.month
        updatedAt = entry.updatedAt
    }

    /// The entry, or nil for a kind this version does not know.
    var entry: GlossaryEntry? {
        GlossaryEntry.Kind(rawValue: kind).map {
            GlossaryEntry(name: name, kind: $0, heading: heading, lines: lines, month: month, updatedAt: updatedAt)
        }
    }
}
