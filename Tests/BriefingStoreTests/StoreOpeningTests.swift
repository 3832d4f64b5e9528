import BriefingModel
import Foundation
import GRDB
import Testing

@testable import BriefingStore

@Suite struct StoreOpeningTests {
    /// Every migration, in order: the schema history a new store gets.
    static let migrations = [
        "v1-feeds-entries", "v2-labels-drafts", "v3-label-provenance", "v4-feed-notice", "v5-drop-published-index",
        "v6-glossary-assist", "v7-serve-workbench", "v8-feed-date-index",
    ]

    @Test func migratesAFreshFileAndItsFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/nested/briefing.sqlite"
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Self.migrations)
        #expect(try store.integrityCheck())
        #expect(try store.entries().isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func migratesAnEmptyExistingFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Self.migrations)
    }

    @Test func reopeningKeepsDataAndDoesNotMigrateAgain() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        let health = FeedHealth(url: "https://example.com/feed.xml")
        do {
            let store = try Store(path: path)
            _ = try store.storeFetchedEntries([TestSupport.draft("a")], forFeed: "f", health: health, at: Date())
        }
        let reopened = try Store(path: path)
        #expect(try reopened.entries().map(\.key) == ["id:a"])
        #expect(try reopened.appliedMigrations().count == Self.migrations.count)
    }

    /// A store written by the shipped v1/v2 schema opens, keeps its entries and loses only the index.
    @Test func aStoreOfTheShippedSchemaMigratesKeepingItsEntries() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v2-labels-drafts")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO feeds (name, url) VALUES ('f', 'https://example.com/feed.xml')")
                try db.execute(
                    sql: "INSERT INTO entries (feed, key, title, first_seen) VALUES ('f', 'id:a', 'A', ?)",
                    arguments: [Date(timeIntervalSince1970: 1_746_518_400)])
            }
        }
        let store = try Store(path: path)
        #expect(try store.entries().map(\.key) == ["id:a"])
        let indexes = try store.read("test") { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'")
        }
        #expect(!indexes.contains("entries_published") && indexes.contains("entries_feed_date"))
    }

    /// A v7 store (store-wide `entries_date`) loses that index for `entries_feed_date` and still
    /// answers a month window in date order, across feeds.
    @Test func aV7StoreGetsTheFeedDateIndexAndKeepsItsWindows() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        let health = FeedHealth(url: "https://example.com/feed.xml")
        let may = try #require(Month("2025-05")).window(in: TestSupport.shanghai)
        // A store as v7 left it: v8 undone by hand, the store-wide date index back.
        do {
            let store = try Store(path: path)
            try store.write("test") { db in
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v8-feed-date-index'")
                try db.execute(sql: "DROP INDEX entries_feed_date")
                try db.execute(sql: "CREATE INDEX entries_date ON entries(\(EntryRow.dateSQL), id)")
            }
            let late = TestSupport.draft("late", published: TestSupport.date("2025-05-20T00:00:00Z"))
            let early = TestSupport.draft("early", published: TestSupport.date("2025-05-02T00:00:00Z"))
            let april = TestSupport.draft("april", published: TestSupport.date("2025-04-02T00:00:00Z"))
            _ = try store.storeFetchedEntries([late, april], forFeed: "one", health: health, at: Date())
            _ = try store.storeFetchedEntries([early], forFeed: "two", health: health, at: Date())
        }
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Self.migrations)
        let indexes = try store.read("test") { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'")
        }
        #expect(!indexes.contains("entries_date") && indexes.contains("entries_feed_date"))
        #expect(try store.entries(in: may).map(\.key) == ["id:early", "id:late"])
    }

    /// Every query by date searches an index, never the whole table: a month window (of all feeds
    /// or of one), and the feed reports' newest entry per feed.
    @Test func dateQueriesSearchTheFeedDateIndex() throws {
        let store = try Store.inMemory()
        let may = try #require(Month("2025-05")).window(in: TestSupport.shanghai)
        let plans = try store.read("test") { db in
            try [nil, "one"].map { (feed: String?) in
                let (filter, arguments) = Store.entriesFilter(in: may, feed: feed, section: nil)
                return try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN SELECT * FROM entries \(filter)", arguments: arguments
                ).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        for plan in plans {
            #expect(plan.contains("SEARCH entries USING INDEX entries_feed_date"), "\(plan)")
            #expect(!plan.contains("SCAN entries"), "\(plan)")
        }
    }

    @Test func usesWriteAheadLogging() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        let store = try Store(path: path)
        let mode = try store.read("test") { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    /// A new store packs several entry rows per page, and checkpoints its WAL at 4 MiB.
    @Test func aNewStoreHas16KBPagesAndCheckpointsAt4MiB() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = try Store(path: folder + "/briefing.sqlite")
        let (pageSize, checkpoint) = try store.write("test") { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size"), try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"))
        }
        #expect(pageSize == 16_384)
        #expect(checkpoint == 256)
    }

    /// A store created with SQLite's default 4 KB pages keeps them (a WAL file cannot change its
    /// page size without a VACUUM) and still checkpoints at 4 MiB.
    @Test func aStoreOf4KBPagesKeepsThemAndCheckpointsAt4MiB() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v7-serve-workbench")
        }
        let store = try Store(path: path)
        let (pageSize, checkpoint) = try store.write("test") { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size"), try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"))
        }
        #expect(pageSize == 4096)
        #expect(checkpoint == 1024)
        #expect(try store.integrityCheck())
    }

    @Test func inMemoryStoreHasTheSameSchema() throws {
        let store = try Store.inMemory()
        #expect(try store.appliedMigrations() == Self.migrations)
        #expect(store.path == ":memory:")
    }

    @Test func aFileThatIsNotADatabaseIsAStoreErrorNamingIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.reason == .corrupt)
        #expect(error.exitStatus == .storeError)
        #expect(
            error.message
                == "\(path): opening the store failed: database is corrupt or not a database "
                + "(SQLite error 26: file is not a database); move it aside (e.g. rename it to \(path).bad) "
                + "and run again to start a fresh store, or restore a backup")
    }

    @Test func aStoreFromANewerBriefingIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        do {
            let store = try Store(path: path)
            try store.write("test") { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.reason == .newerSchema)
        #expect(
            error.message
                == "\(path): migrating the store failed: database was written by a newer briefing "
                + "(it has migrations this version does not know); upgrade briefing, or point --store at another file")
    }

    @Test func anUnwritableFolderIsAStoreError() throws {
        let error = try #require(throws: StoreError.self) { try Store(path: "/proc/briefing/briefing.sqlite") }
        #expect(error.exitStatus == .storeError)
        #expect(error.message.hasPrefix("/proc/briefing/briefing.sqlite: opening the store failed: "))
    }
}
