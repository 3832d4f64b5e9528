import BriefingModel

/// What one fetch of every due feed did.
public struct FetchReport: Sendable {
    /// One failed feed: its name, URL and why.
    public struct Failure: Sendable, Hashable {
        public var feed: String
        public var message: String
    }

    public var enabledFeeds = 0
    public var ok = 0
    public var notModified = 0
    public var skipped = 0
    public var failures: [Failure] = []
    public var newEntries = 0
    public var updatedEntries = 0
    /// Things the user should act on that are not failures (a feed moved permanently).
    public var notices: [String] = []
    /// Entries parsed in a dry run, per feed, not stored.
    public var pending: [String: [EntryDraft]] = [:]

    public var failed: Int { failures.count }
    /// True when feeds were attempted and none worked: likely no network.
    public var everyFeedFailed: Bool { failed > 0 && ok + notModified == 0 }

    /// `feeds ok 12, not modified 30, failed 1, skipped 2; 14 new entries`.
    public var summary: String {
        "feeds ok \(ok), not modified \(notModified), failed \(failed), skipped \(skipped); "
            + "\(newEntries) new entries"
    }
}

/// A progress event of a fetch, for the TTY progress line.
public struct FetchProgress: Sendable {
    public var done: Int
    public var total: Int
    public var failed: Int
    public var current: String
}
