import BriefingModel
import Foundation

/// One feed to fetch: where, with which validators, and within which limits.
public struct FetchRequest: Sendable, Hashable {
    /// The feed's name in feeds.yaml, for messages and for the caller's bookkeeping.
    public var feed: String
    /// The URL to request (http, https or file).
    public var url: String
    /// Validators from the last stored response, sent back byte-exact when present and non-empty.
    public var etag: String?
    public var lastModified: String?
    public var userAgent: String
    /// Hard deadline for the whole request, redirects and body included.
    public var timeout: Duration
    public var connectTimeout: Duration
    /// Cap on the decoded (decompressed) body size in bytes.
    public var maxBytes: Int

    /// A request with explicit values; the limits default to `FetchSettings()`.
    public init(
        feed: String, url: String, etag: String? = nil, lastModified: String? = nil,
        userAgent: String = FetchSettings().userAgent, timeout: Duration = FetchSettings().timeout,
        connectTimeout: Duration = FetchSettings().connectTimeout, maxBytes: Int = FetchSettings().maxBytes
    ) {
        self.feed = feed
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.userAgent = userAgent
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBytes = maxBytes
    }

    /// The request for a configured feed: the URL after permanent redirects and the stored validators
    /// (both only when `health` belongs to the URL now in feeds.yaml), per-feed overrides over `settings`.
    public init(source: FeedSource, health: FeedHealth?, settings: FetchSettings) {
        let current = health.flatMap { $0.url == source.url ? $0 : nil }
        self.init(
            feed: source.name, url: current?.effectiveURL ?? source.url, etag: current?.etag,
            lastModified: current?.lastModified, userAgent: source.userAgent ?? settings.userAgent,
            timeout: source.timeout ?? settings.timeout, connectTimeout: settings.connectTimeout,
            maxBytes: source.maxBytes ?? settings.maxBytes
        )
    }
}
