import Foundation

/// What the store remembers of a feed between runs: validators, redirects, failures, back-off.
public struct FeedHealth: Sendable, Hashable, Codable {
    /// The configured URL this state belongs to; when feeds.yaml changes the URL, the state resets.
    public var url: String
    /// Where the feed lives now, after a chain of permanent redirects (301/308); nil when unmoved.
    public var effectiveURL: String?
    /// Validators from the last response whose entries were stored, sent back byte-exact.
    public var etag: String?
    public var lastModified: String?
    /// Hash of the last body parsed, to skip servers that ignore validators and resend the same body.
    public var bodyHash: String?
    /// HTTP status of the last response (nil for a network error or a file URL).
    public var lastStatus: Int?
    /// Why the last fetch failed; nil when it worked.
    public var lastError: String?
    /// Consecutive failures; reset by a success or a 304.
    public var errorCount: Int
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    /// No request before this instant (Retry-After, back-off).
    public var nextFetchAt: Date?
    /// The server said 410 Gone: no request until the URL changes in feeds.yaml.
    public var gone: Bool
    /// What the last parsed document lacked though it gave entries (cut off, ill-formed); nil
    /// when it was whole. Shown by `briefing feeds` and on `run`'s stderr.
    public var notice: String?

    public init(
        url: String, effectiveURL: String? = nil, etag: String? = nil, lastModified: String? = nil,
        bodyHash: String? = nil, lastStatus: Int? = nil, lastError: String? = nil, errorCount: Int = 0,
        lastAttempt: Date? = nil, lastSuccess: Date? = nil, nextFetchAt: Date? = nil, gone: Bool = false,
        notice: String? = nil
    ) {
        self.notice = notice
        self.url = url
        self.effectiveURL = effectiveURL
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.errorCount = errorCount
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.nextFetchAt = nextFetchAt
        self.gone = gone
    }
}
