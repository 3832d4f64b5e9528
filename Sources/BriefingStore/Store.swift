import BriefingModel
import Foundation
import GRDB

/// The one door to the SQLite store: feeds and their health, entries, classifications, editor
/// labels and the drafts written. Methods are named for what the pipeline means to do; every
/// write is one transaction, so a `kill -9` at any moment leaves the last committed state.
public final class Store: Sendable {
    /// The database path as given, for messages; `:memory:` for an in-memory store.
    public let path: String
    private let writer: any DatabaseWriter

    /// Opens (creating it and its folder if needed) the database at `path` in WAL mode and
    /// runs the migrations it lacks.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            try Self.createFolder(of: path)
            writer = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw StoreError(path: path, action: "opening the store", error: error)
        }
        try migrate()
    }

    private init(path: String, writer: any DatabaseWriter) throws(StoreError) {
        self.path = path
        self.writer = writer
        try migrate()
    }

    /// A fresh store in memory, with the same migrations as a file store (for tests and dry runs).
    public static func inMemory() throws(StoreError) -> Store {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw StoreError(path: ":memory:", action: "opening the store", error: error)
        }
        return try Store(path: ":memory:", writer: queue)
    }

    /// True when SQLite's `PRAGMA integrity_check` reports `ok`.
    public func integrityCheck() throws(StoreError) -> Bool {
        try read("checking the store's integrity") { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"]
        }
    }

    /// Names of the migrations applied to the database, in order.
    func appliedMigrations() throws(StoreError) -> [String] {
        try read("reading the store's schema version") { db in
            try StoreMigrations.migrator.appliedMigrations(db)
        }
    }

    /// Runs `body` in one write transaction; any error rolls it back and becomes a `StoreError`.
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(path: path, action: action, error: error)
        }
    }

    /// Runs `body` on a consistent snapshot of the database.
    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(path: path, action: action, error: error)
        }
    }

    private func migrate() throws(StoreError) {
        let migrator = StoreMigrations.migrator
        let superseded = try read("reading the store's schema version") { db in
            try migrator.hasBeenSuperseded(db)
        }
        if superseded {
            throw StoreError(
                path: path, action: "migrating the store", reason: .newerSchema,
                detail: "it has migrations this version does not know")
        }
        do {
            try migrator.migrate(writer)
        } catch {
            throw StoreError(path: path, action: "migrating the store", error: error)
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        // `briefing entries` may read while a run writes; wait for the writer rather than fail.
        configuration.busyMode = .timeout(10)
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process still loses
        // nothing committed and leaves an intact database (the kill -9 tests); only a power cut may
        // lose the last fetches, which the next run fetches again. FULL cost one fsync per feed.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try setPageSize(in: db)
        }
        return configuration
    }

    /// The page size a new store is created with. An entry row is 1–20 KB (summary and content):
    /// on 4 KB pages a typical 2 KB row filled a page alone and a larger one spilled into overflow
    /// pages, so storing an entry wrote (to the WAL, then again at the checkpoint) about twice its
    /// bytes; 16 KB pages pack several rows each and halve the CPU of storing one (see README,
    /// Performance).
    static let pageSize = 16_384

    /// The WAL is checkpointed once it holds this many bytes, whatever the page size: 4 MiB, as
    /// SQLite's default of 1,000 pages of 4 KB. Counted in pages, the default would let a store of
    /// 16 KB pages grow a 16 MB WAL.
    static let checkpointBytes = 4_194_304

    /// Sets the page size of a store not yet written (it takes effect when the first table is
    /// created; an existing file keeps its own), then the checkpoint interval for the page size
    /// the file really has.
    private static func setPageSize(in db: Database) throws {
        try db.execute(sql: "PRAGMA page_size = \(pageSize)")
        let actual = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? pageSize
        try db.execute(sql: "PRAGMA wal_autocheckpoint = \(max(1, checkpointBytes / actual))")
    }

    private static func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
}
