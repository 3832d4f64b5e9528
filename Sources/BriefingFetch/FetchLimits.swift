/// Limits that are not configurable.
enum FetchLimits {
    /// Redirects followed per request (Miniflux and feedparser use 10 as well).
    static let maxRedirects = 10
    /// The longest a Retry-After is honoured; a longer one is cut to this.
    static let maxRetryAfter: Double = 7 * 24 * 3600
}
