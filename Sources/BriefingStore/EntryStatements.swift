import BriefingModel
import Foundation
import GRDB
import GRDBSQLite

/// The two statements every stored entry runs, on SQLite's own API: each prepared once per
/// connection (GRDB's statement cache) and taken from the cache once per fetch rather than per
/// entry (the cache hashes the SQL text), its values bound straight from their UTF-8 (no
/// `StatementArguments`, no `DatabaseValue` boxes, no date formatter, no cursor) and stepped
/// once. A first fetch runs both for every entry of every feed, and GRDB's argument and cursor
/// handling cost more than SQLite's insert itself.
///
/// Every parameter is bound on every use, so a statement is only reset between uses, never
/// cleared (clearing cost a call per parameter).
struct EntryStatements {
    static let sql = """
        INSERT INTO entries (feed, key, url, normalized_url, title, author, published, updated, first_seen,
          summary, content, categories) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    /// The columns a fetch may change, in the order `storedValues` gives them.
    static let lookupSQL = """
        SELECT id, url, normalized_url, title, author, published, updated, summary, content, categories
        FROM entries WHERE feed = ? AND key = ?
        """

    private let db: Database
    private let lookup: Statement
    private let insertion: Statement

    /// The statements of `db`, for the entries of one fetch (one write transaction).
    init(_ db: Database) throws {
        self.db = db
        lookup = try db.cachedStatement(sql: Self.lookupSQL)
        insertion = try db.cachedStatement(sql: Self.sql)
    }

    /// What the store holds for the entry `draft.key` of `feed`: nil when it is new, else its row
    /// id and whether every column a fetch writes holds byte for byte what `draft` would write.
    /// Most entries of a refetched feed are unchanged, and this answers that without decoding the
    /// row; `false` may still be an equal entry (say, categories JSON written by an older
    /// version), which the caller then compares field by field.
    func existing(_ draft: EntryDraft, feed: String) throws -> (id: Int64, isUnchanged: Bool)? {
        let statement = lookup.sqliteStatement
        defer { sqlite3_reset(statement) }
        try bind(feed, at: 1, of: statement)
        try bind(draft.key, at: 2, of: statement)
        switch sqlite3_step(statement) {
        case SQLITE_ROW:
            let id = sqlite3_column_int64(statement, 0)
            let unchanged = Self.storedValues(of: draft).enumerated().allSatisfy { index, value in
                Self.column(Int32(index + 1), of: statement, is: value)
            }
            return (id, unchanged)
        case SQLITE_DONE: return nil
        case let code: throw error(code, sql: Self.lookupSQL)
        }
    }

    /// The text `insert` writes for url, normalized_url, title, author, published, updated,
    /// summary, content and categories.
    private static func storedValues(of draft: EntryDraft) -> [String?] {
        [
            draft.url, draft.normalizedURL, draft.title, draft.author, draft.published.map(StoredDate.text),
            draft.updated.map(StoredDate.text), draft.summary, draft.content, CategoriesJSON.encode(draft.categories),
        ]
    }

    /// True when column `index` of the current row is NULL for a nil `value`, or text with exactly
    /// `value`'s UTF-8 bytes.
    private static func column(_ index: Int32, of statement: OpaquePointer, is value: String?) -> Bool {
        guard var value else { return sqlite3_column_type(statement, index) == SQLITE_NULL }
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT else { return false }
        // SQLite's advice: ask for the text first, then for its length in bytes.
        let stored = sqlite3_column_text(statement, index)
        let count = Int(sqlite3_column_bytes(statement, index))
        return value.withUTF8 { text in
            guard text.count == count else { return false }
            guard let stored, let mine = text.baseAddress, count > 0 else { return count == 0 }
            return memcmp(mine, stored, count) == 0
        }
    }

    /// Inserts `draft` as a new, unclassified row of `feed`; returns its row id.
    func insert(_ draft: EntryDraft, feed: String, firstSeen: String) throws -> Int64 {
        let statement = insertion.sqliteStatement
        defer { sqlite3_reset(statement) }
        let values: [String?] = [
            feed, draft.key, draft.url, draft.normalizedURL, draft.title, draft.author,
            draft.published.map(StoredDate.text), draft.updated.map(StoredDate.text), firstSeen, draft.summary,
            draft.content, CategoriesJSON.encode(draft.categories),
        ]
        for (index, value) in values.enumerated() { try bind(value, at: Int32(index + 1), of: statement) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw error(code, sql: Self.sql) }
        return db.lastInsertedRowID
    }

    private func bind(_ value: String?, at index: Int32, of statement: OpaquePointer) throws {
        guard var value else {
            sqlite3_bind_null(statement, index)
            return
        }
        // SQLITE_TRANSIENT: SQLite copies the text, so the String's buffer may go away.
        let code = value.withUTF8 { text in
            sqlite3_bind_text(
                statement, index, UnsafeRawPointer(text.baseAddress)?.assumingMemoryBound(to: CChar.self),
                Int32(text.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        guard code == SQLITE_OK else { throw error(code, sql: nil) }
    }

    private func error(_ code: Int32, sql: String?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
