import BriefingModel
import Foundation

/// Why a fetch did not produce a document: which URL, what happened, what to do.
public struct FetchFailure: BriefingError, Hashable {
    /// What went wrong, in a form the health policy decides on.
    public enum Kind: Sendable, Hashable {
        /// 410: the feed is gone for good.
        case gone
        /// 429, or 503 with Retry-After: ask again no earlier than `retryAfter`.
        case rateLimited(retryAfter: Date?)
        /// Any other non-2xx, non-304 status.
        case http(status: Int)
        /// The decoded body passed the cap (bytes).
        case tooLarge(cap: Int)
        /// The hard deadline passed (connect, slow drip, or a server that never answers).
        case timeout(limit: Duration)
        /// DNS, connection refused, TLS, unreadable file, …
        case network(message: String)
        /// The connection was reset or closed before any response arrived.
        case connectionReset(message: String)
        case emptyBody
        /// The connection broke before the body was complete.
        case partialBody
        /// An HTML page; `discoveredFeedURL` is the feed its `<link rel="alternate">` names.
        case notAFeed(discoveredFeedURL: String?)
        /// Not http, https or file (also a redirect to another scheme).
        case unsupportedScheme
        case tooManyRedirects
    }

    /// The URL that was requested.
    public var url: String
    public var kind: Kind
    /// The final HTTP status, when a response arrived.
    public var status: Int?
    /// Requests made in this run: 2 when a transient failure was retried and failed again.
    public var attempts: Int
    /// Where the failing response came from after redirects, when that is not `url`.
    public var finalURL: String?
    /// `finalURL` when every redirect on the way was permanent (301/308).
    public var permanentRedirect: String?

    public init(
        url: String, kind: Kind, status: Int? = nil, attempts: Int = 1, finalURL: String? = nil,
        permanentRedirect: String? = nil
    ) {
        self.url = url
        self.kind = kind
        self.status = status
        self.attempts = attempts
        self.finalURL = finalURL == url ? nil : finalURL
        self.permanentRedirect = permanentRedirect
    }

    public var exitStatus: ExitStatus { .failure }

    public var message: String {
        "\(url): \(explanation)" + (attempts > 1 ? "; it failed again when retried later in this run" : "")
    }

    /// True for failures that often pass within seconds — a timeout, a reset, a 5xx without
    /// Retry-After — and are worth one retry later in the same run. A 429 (or a 503 with
    /// Retry-After) is not: the server said when to come back.
    public var isTransient: Bool {
        switch kind {
        case .timeout, .partialBody, .connectionReset: true
        case .http(let status): (500...599).contains(status)
        default: false
        }
    }

    private var explanation: String {
        switch kind {
        case .gone:
            return "the server says the feed is gone (HTTP 410); briefing will not request it again "
                + "until its URL changes in feeds.yaml; remove it or put its new URL there"
        case .rateLimited(let retryAfter):
            let when = retryAfter.map { "before \(ISO8601DateFormatter().string(from: $0))" } ?? "in this run"
            return "the server asks to slow down (HTTP \(status ?? 429)); briefing will not ask again \(when)"
        case .http(let status):
            return "HTTP \(status); open the URL in a browser to check it; briefing retries with back-off"
        case .tooLarge(let cap):
            return "the decoded response is larger than \(cap) bytes, so nothing was stored; "
                + "raise max_bytes for this feed in feeds.yaml if the feed is really that large"
        case .timeout(let limit):
            return "no complete response within \(limit.components.seconds) s; the server is slow or "
                + "unreachable; raise timeout for this feed in feeds.yaml if it is only slow"
        case .network(let message):
            return "\(message); check the URL in feeds.yaml and the network"
        case .connectionReset(let message):
            return "\(message) before any response; briefing retries"
        default:
            return explanationOfContent
        }
    }

    private var explanationOfContent: String {
        switch kind {
        case .emptyBody:
            return "the server sent an empty body, so nothing was stored; check the feed URL"
        case .partialBody:
            return "the connection broke before the body was complete, so nothing was stored; briefing retries"
        case .notAFeed(let discovered?):
            return "this is an HTML page, not a feed; the page names the feed \(discovered): "
                + "put that URL in feeds.yaml"
        case .notAFeed(nil):
            return "this is an HTML page, not a feed, and it names no feed; find the feed URL on the site "
                + "and put it in feeds.yaml"
        case .unsupportedScheme:
            return "only http, https and file URLs are fetched (also after redirects); fix the URL in feeds.yaml"
        case .tooManyRedirects:
            return "more than \(FetchLimits.maxRedirects) redirects; open the URL in a browser and put "
                + "the final feed URL in feeds.yaml"
        default:
            return "unexpected failure"
        }
    }
}
