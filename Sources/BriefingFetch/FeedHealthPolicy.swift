import BriefingModel
import Foundation

/// The decisions about a feed's health, as pure functions of the stored `FeedHealth`, the configured
/// source and the time.
///
/// Back-off after ordinary failures: 1 h after the first, doubling with each consecutive failure
/// (1, 2, 4, 8, 16 h), capped at 23 h so a daily cron run always retries the next day.
public enum FeedHealthPolicy {
    /// The first back-off interval, and the cap.
    public static let firstBackoff: TimeInterval = 3600
    public static let maxBackoff: TimeInterval = 23 * 3600

    /// Why the feed must not be requested now, or nil when it is due. State recorded for another URL
    /// than the one now in feeds.yaml does not count.
    public static func isDue(_ health: FeedHealth?, source: FeedSource, now: Date) -> Skip? {
        guard source.enabled else { return .disabled }
        guard let health, health.url == source.url else { return nil }
        if health.gone { return .gone }
        if let next = health.nextFetchAt, next > now { return .backoff(until: next) }
        return nil
    }

    /// The health to store after `outcome`. For a fetched document it carries the new validators and
    /// body hash: store it in the same transaction as the entries, and only once they are stored (when
    /// the body does not parse, record `afterFailure` instead).
    public static func after(_ outcome: FetchOutcome, health: FeedHealth?, source: FeedSource, now: Date) -> FeedHealth
    {
        var state = current(health, source: source)
        state.lastAttempt = now
        switch outcome {
        case .fetched(let document):
            state.etag = document.etag
            state.lastModified = document.lastModified
            state.bodyHash = document.bodyHash
            state.effectiveURL = document.permanentRedirect ?? state.effectiveURL
            return succeeded(state, status: document.status, now: now)
        case .notModified(let permanentRedirect):
            // 304 is success and changes nothing about the content (RFC 9110 §15.4.5).
            state.effectiveURL = permanentRedirect ?? state.effectiveURL
            return succeeded(state, status: 304, now: now)
        case .failed(let failure):
            return recordFailure(failure, state: state, now: now)
        }
    }

    /// The health after a failure the fetcher did not see (a body that does not parse): counted and
    /// backed off like any other error; validators are left as they were so the body is fetched again.
    public static func afterFailure(
        message: String, status: Int?, health: FeedHealth?, source: FeedSource, now: Date
    ) -> FeedHealth {
        var state = current(health, source: source)
        state.lastAttempt = now
        return backedOff(state, message: message, status: status, now: now)
    }

    /// True when a server that ignored the validators sent the body already stored, which need not
    /// be parsed again.
    public static func isUnchanged(_ document: FetchedDocument, health: FeedHealth?, source: FeedSource) -> Bool {
        guard let health, health.url == source.url, let stored = health.bodyHash else { return false }
        return stored == document.bodyHash
    }

    /// True when the feed has failed often enough to be listed as an exclusion candidate.
    public static func isExclusionCandidate(_ health: FeedHealth?, settings: FetchSettings) -> Bool {
        (health?.errorCount ?? 0) >= settings.failureThreshold
    }

    /// The wait after `failures` consecutive failures.
    public static func backoff(afterFailures failures: Int) -> TimeInterval {
        let exponent = Double(min(max(failures, 1) - 1, 16))
        return min(firstBackoff * pow(2, exponent), maxBackoff)
    }

    private static func current(_ health: FeedHealth?, source: FeedSource) -> FeedHealth {
        guard let health, health.url == source.url else { return FeedHealth(url: source.url) }
        return health
    }

    private static func succeeded(_ state: FeedHealth, status: Int?, now: Date) -> FeedHealth {
        var state = state
        state.lastStatus = status
        state.lastError = nil
        state.errorCount = 0
        state.lastSuccess = now
        state.nextFetchAt = nil
        return state
    }

    private static func recordFailure(_ failure: FetchFailure, state: FeedHealth, now: Date) -> FeedHealth {
        switch failure.kind {
        case .gone:
            var state = state
            state.gone = true
            state.lastStatus = failure.status
            state.lastError = failure.message
            state.errorCount += 1
            state.nextFetchAt = nil
            return state
        case .rateLimited(let retryAfter?) where retryAfter > now:
            var state = backedOff(state, message: failure.message, status: failure.status, now: now)
            state.nextFetchAt = min(retryAfter, now.addingTimeInterval(FetchLimits.maxRetryAfter))
            return state
        default:
            return backedOff(state, message: failure.message, status: failure.status, now: now)
        }
    }

    private static func backedOff(_ state: FeedHealth, message: String, status: Int?, now: Date) -> FeedHealth {
        var state = state
        state.lastStatus = status
        state.lastError = message
        state.errorCount += 1
        state.nextFetchAt = now.addingTimeInterval(backoff(afterFailures: state.errorCount))
        return state
    }
}
