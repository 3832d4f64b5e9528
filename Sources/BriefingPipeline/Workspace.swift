import BriefingConfig
import BriefingModel
import BriefingStore
import Foundation

/// The configuration and the store one command works on.
public struct Workspace: Sendable {
    public let config: BriefingConfig
    public let store: Store

    /// Loads the configuration and opens (creating and migrating if needed) its store.
    /// - Parameter storePath: overrides `store:` of the configuration.
    public static func open(configPath: String, storePath: String? = nil) throws -> Workspace {
        let config = try ConfigLoader.load(path: configPath)
        let store = try Store(path: storePath.map(absolutePath) ?? config.storePath)
        try store.syncFeeds(config.feeds)
        return Workspace(config: config, store: store)
    }

    public init(config: BriefingConfig, store: Store) {
        self.config = config
        self.store = store
    }

    /// The path of the store file, for the run lock beside it.
    public func storePath(override: String?) -> String {
        override.map(absolutePath) ?? config.storePath
    }

    /// Each configured feed's health, as `briefing feeds` shows it.
    public func feedReports(at now: Date = Date()) throws -> [FeedReport] {
        try store.feedReports(at: now)
    }

    /// The stored entries of `month` (all months when nil), optionally of one feed or section.
    public func entries(of month: Month?, feed: String? = nil, section: Section? = nil) throws -> [Entry] {
        let window = month.map { $0.window(in: config.draft.timeZone) }
        return try store.entries(in: window, feed: feed.map { config.feed(matching: $0)?.name ?? $0 }, section: section)
    }

    /// Runs `body` holding the run lock beside the store, so commands that write the store or a
    /// draft never interleave with a cron `run`; throws at once (exit 4) naming the holder.
    public func holdingRunLock<T>(for command: String, _ body: () async throws -> T) async throws -> T {
        let lock = try RunLock.acquire(beside: store.path, command: command)
        defer { lock.release() }
        return try await body()
    }
}

/// `path` made absolute against the current directory, the way the configuration resolves its paths.
func absolutePath(_ path: String) -> String {
    PathResolver.absolute(path, against: FileManager.default.currentDirectoryPath)
}
