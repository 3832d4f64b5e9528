import Foundation

/// The state of a feed in one word, for `briefing feeds`.
public enum FeedStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The last fetch worked (or answered 304).
    case ok
    /// The last fetch failed and the feed may be fetched again now.
    case failing
    /// The server said 410 Gone; no request until the URL changes in feeds.yaml.
    case gone
    /// The last fetch failed and no request is allowed before `nextFetchAt`.
    case backoff
    /// Never fetched.
    case never
    /// `enabled: false` in feeds.yaml.
    case disabled
}

/// What `briefing feeds` shows of one configured feed.
public struct FeedReport: Sendable, Hashable, Codable {
    public var name: String
    public var url: String
    public var effectiveURL: String?
    public var status: FeedStatus
    /// Nil when the last fetch worked.
    public var lastError: String?
    public var errorCount: Int
    /// Entries stored for the feed.
    public var entries: Int
    public var lastSuccess: Date?
    public var nextFetchAt: Date?
    public var gone: Bool
    /// The date of the feed's newest stored entry (published, else updated, else first seen).
    public var newestEntry: Date?
    /// The last document gave entries but was cut off or ill-formed (see `FeedHealth.notice`).
    public var notice: String?

    public init(
        name: String, url: String, effectiveURL: String?, status: FeedStatus, lastError: String?, errorCount: Int,
        entries: Int, lastSuccess: Date?, nextFetchAt: Date?, gone: Bool, newestEntry: Date? = nil,
        notice: String? = nil
    ) {
        self.notice = notice
        self.name = name
        self.url = url
        self.effectiveURL = effectiveURL
        self.status = status
        self.lastError = lastError
        self.errorCount = errorCount
        self.entries = entries
        self.lastSuccess = lastSuccess
        self.nextFetchAt = nextFetchAt
        self.gone = gone
        self.newestEntry = newestEntry
    }
}
