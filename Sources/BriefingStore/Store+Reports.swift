import BriefingModel
import Foundation
import GRDB

extension Store {
    /// One report per configured feed (as of the last `syncFeeds`), in feeds.yaml order;
    /// `now` decides whether a failing feed is still in back-off.
    public func feedReports(at now: Date = Date()) throws(StoreError) -> [FeedReport] {
        try read("reading the feeds") { db in
            let feeds = try FeedRow.filter(Column("position") != nil).order(Column("position")).fetchAll(db)
            let sql = "SELECT feed, COUNT(*) AS n, MAX(\(EntryRow.dateSQL)) AS newest FROM entries GROUP BY feed"
            let counts = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: sql).map { row -> (String, EntryCount) in
                    (row["feed"], EntryCount(entries: row["n"], newest: row["newest"]))
                })
            return feeds.map { Self.report(for: $0, counted: counts[$0.name] ?? EntryCount(), at: now) }
        }
    }

    /// How many entries a feed has stored, and the date of the newest.
    private struct EntryCount {
        var entries = 0
        var newest: Date?
    }

    private static func report(for row: FeedRow, counted: EntryCount, at now: Date) -> FeedReport {
        FeedReport(
            name: row.name, url: row.url, effectiveURL: row.effectiveUrl, status: status(of: row, at: now),
            lastError: row.lastError, errorCount: row.errorCount, entries: counted.entries,
            lastSuccess: row.lastSuccess, nextFetchAt: row.nextFetchAt, gone: row.gone, newestEntry: counted.newest,
            notice: row.notice)
    }

    private static func status(of row: FeedRow, at now: Date) -> FeedStatus {
        let failed = row.errorCount > 0 || row.lastError != nil
        if !row.enabled { return .disabled }
        if row.gone { return .gone }
        if row.lastAttempt == nil && row.lastSuccess == nil && !failed { return .never }
        if failed, let next = row.nextFetchAt, next > now { return .backoff }
        return failed ? .failing : .ok
    }
}
