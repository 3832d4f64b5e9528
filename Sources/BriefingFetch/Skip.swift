import Foundation

/// Why a feed is not fetched in this run.
public enum Skip: Sendable, Hashable, CustomStringConvertible {
    /// Disabled in feeds.yaml.
    case disabled
    /// The server said 410 Gone; no request until the URL in feeds.yaml changes.
    case gone
    /// Retry-After or back-off after failures: no request before this instant.
    case backoff(until: Date)

    public var description: String {
        switch self {
        case .disabled: return "disabled in feeds.yaml"
        case .gone: return "gone (HTTP 410); change or remove its URL in feeds.yaml"
        case .backoff(let until): return "backing off until \(ISO8601DateFormatter().string(from: until))"
        }
    }
}
