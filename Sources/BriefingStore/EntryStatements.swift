import BriefingModel
import GRDB
import GRDBSQLite

/// The two statements every stored entry runs, on SQLite's own API: each prepared once per
/// connection (GRDB's statement cache), its values bound straight from their UTF-8 (no
/// `StatementArguments`, no `DatabaseValue` boxes, no date formatter, no cursor) and stepped
/// once. A first fetch runs both for every entry of every feed, and GRDB's argument and cursor
/// handling cost more than SQLite's insert itself.
enum EntryStatements {
    static let sql = """
        INSERT INTO entries (feed, key, url, normalized_url, title, author, published, updated, first_seen,
          summary, content, categories) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let lookupSQL = "SELECT id FROM entries WHERE feed = ? AND key = ?"

    /// The row id of the entry `key` of `feed`, or nil when it is new.
    static func existingID(feed: String, key: String, in db: Database) throws -> Int64? {
        let statement = try db.cachedStatement(sql: lookupSQL).sqliteStatement
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        try bind(feed, at: 1, of: statement, in: db)
        try bind(key, at: 2, of: statement, in: db)
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return sqlite3_column_int64(statement, 0)
        case SQLITE_DONE: return nil
        case let code: throw error(code, in: db, sql: lookupSQL)
        }
    }

    /// Inserts `draft` as a new, unclassified row of `feed`; returns its row id.
    static func insert(_ draft: EntryDraft, feed: String, firstSeen: String, in db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: sql).sqliteStatement
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        let values: [String?] = [
            feed, draft.key, draft.url, draft.normalizedURL, draft.title, draft.author,
            draft.published.map(StoredDate.text), draft.updated.map(StoredDate.text), firstSeen, draft.summary,
            draft.content, CategoriesJSON.encode(draft.categories),
        ]
        for (index, value) in values.enumerated() { try bind(value, at: Int32(index + 1), of: statement, in: db) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw error(code, in: db, sql: sql) }
        return db.lastInsertedRowID
    }

    private static func bind(_ value: String?, at index: Int32, of statement: OpaquePointer, in db: Database) throws {
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
        guard code == SQLITE_OK else { throw error(code, in: db, sql: nil) }
    }

    private static func error(_ code: Int32, in db: Database, sql: String?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
