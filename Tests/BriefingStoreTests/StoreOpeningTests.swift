import BriefingModel
import Foundation
import GRDB
import Testing

@testable import BriefingStore

@Suite struct StoreOpeningTests {
    /// Every migration, in order: the schema history a new store gets.
    static let migrations = [
        "v1-feeds-entries", "v2-labels-drafts", "v3-label-provenance", "v4-feed-notice", "v5-drop-published-index",
        "v6-glossary-assist", "v7-serve-workbench",
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
        #expect(!indexes.contains("entries_published") && indexes.contains("entries_date"))
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
