import BriefingModel
import GRDB

/// The statement that saves a feed's health after every fetch: one `INSERT … ON CONFLICT DO
/// UPDATE`, prepared once per connection. It replaced a fetch of the whole `FeedRow` through
/// GRDB's query interface and Codable, then an update of every column, which cost more per
/// feed than storing a dozen of its entries.
enum FeedHealthStatement {
    /// A feed seen for the first time gets the columns' defaults (enabled, no position); a known
    /// feed keeps its position and `enabled` from feeds.yaml.
    static let sql = """
        INSERT INTO feeds (name, url, effective_url, etag, last_modified, body_hash, last_status, last_error,
          error_count, last_attempt, last_success, next_fetch_at, gone, notice)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(name) DO UPDATE SET url = excluded.url, effective_url = excluded.effective_url,
          etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash,
          last_status = excluded.last_status, last_error = excluded.last_error,
          error_count = excluded.error_count, last_attempt = excluded.last_attempt,
          last_success = excluded.last_success, next_fetch_at = excluded.next_fetch_at, gone = excluded.gone,
          notice = excluded.notice
        """

    /// Saves `health` as the health of the feed `name`, creating its row when the store has none.
    /// Dates are written as GRDB writes them (`StoredDate`), so `FeedRow` reads them back.
    static func save(_ health: FeedHealth, forFeed name: String, in db: Database) throws {
        let arguments: [(any DatabaseValueConvertible)?] = [
            name, health.url, health.effectiveURL, health.etag, health.lastModified, health.bodyHash,
            health.lastStatus, health.lastError, health.errorCount, health.lastAttempt.map(StoredDate.text),
            health.lastSuccess.map(StoredDate.text), health.nextFetchAt.map(StoredDate.text), health.gone,
            health.notice,
        ]
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
    }
}
