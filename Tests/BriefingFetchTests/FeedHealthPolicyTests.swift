import BriefingModel
import Foundation
import Testing

@testable import BriefingFetch

struct FeedHealthPolicyTests {
    private let source = FeedSource(name: "k8s", url: "https://example.com/feed")
    private let now = Date(timeIntervalSince1970: 1_750_000_000)

    private func document(etag: String? = "\"v2\"", redirect: String? = nil) -> FetchedDocument {
        FetchedDocument(
            body: Data("<rss/>".utf8), finalURL: redirect ?? source.url, status: 200, etag: etag,
            lastModified: "Mon, 02 Jun 2025 10:00:00 GMT", bodyHash: "abc", permanentRedirect: redirect)
    }

    private func failed(_ kind: FetchFailure.Kind, status: Int? = nil) -> FetchOutcome {
        .failed(FetchFailure(url: source.url, kind: kind, status: status))
    }

    @Test func newFeedIsDue() {
        #expect(FeedHealthPolicy.isDue(nil, source: source, now: now) == nil)
    }

    @Test func disabledFeedIsSkipped() {
        var disabled = source
        disabled.enabled = false
        #expect(FeedHealthPolicy.isDue(nil, source: disabled, now: now) == .disabled)
    }

    @Test func successStoresValidatorsAndResetsErrors() {
        let old = FeedHealth(url: source.url, etag: "\"v1\"", lastError: "x", errorCount: 3, nextFetchAt: now)
        let health = FeedHealthPolicy.after(.fetched(document()), health: old, source: source, now: now)
        #expect(health.etag == "\"v2\"")
        #expect(health.lastModified == "Mon, 02 Jun 2025 10:00:00 GMT")
        #expect(health.bodyHash == "abc")
        #expect(health.errorCount == 0)
        #expect(health.lastError == nil)
        #expect(health.nextFetchAt == nil)
        #expect(health.lastSuccess == now)
        #expect(health.lastStatus == 200)
    }

    @Test func notModifiedKeepsStoredValidators() {
        let old = FeedHealth(
            url: source.url, etag: "\"v1\"", lastModified: "lm", bodyHash: "h", lastError: "boom", errorCount: 2)
        let health = FeedHealthPolicy.after(.notModified(permanentRedirect: nil), health: old, source: source, now: now)
        #expect(health.etag == "\"v1\"")
        #expect(health.lastModified == "lm")
        #expect(health.bodyHash == "h")
        #expect(health.errorCount == 0)
        #expect(health.lastError == nil)
        #expect(health.lastStatus == 304)
    }

    @Test func goneStopsRequestsUntilTheURLChanges() {
        let health = FeedHealthPolicy.after(failed(.gone, status: 410), health: nil, source: source, now: now)
        #expect(health.gone)
        #expect(FeedHealthPolicy.isDue(health, source: source, now: now.addingTimeInterval(86_400 * 365)) == .gone)
        var moved = source
        moved.url = "https://example.com/new-feed"
        #expect(FeedHealthPolicy.isDue(health, source: moved, now: now) == nil)
        let fresh = FeedHealthPolicy.after(
            .notModified(permanentRedirect: nil), health: health, source: moved, now: now)
        #expect(!fresh.gone)
        #expect(fresh.url == moved.url)
    }

    @Test func retryAfterSetsTheNextFetch() {
        let later = now.addingTimeInterval(600)
        let health = FeedHealthPolicy.after(
            failed(.rateLimited(retryAfter: later)), health: nil, source: source, now: now)
        #expect(health.nextFetchAt == later)
        #expect(FeedHealthPolicy.isDue(health, source: source, now: now) == .backoff(until: later))
        #expect(FeedHealthPolicy.isDue(health, source: source, now: later) == nil)
    }

    @Test func retryAfterIsCappedAtSevenDays() {
        let farAway = now.addingTimeInterval(86_400 * 365)
        let health = FeedHealthPolicy.after(
            failed(.rateLimited(retryAfter: farAway)), health: nil, source: source, now: now)
        #expect(health.nextFetchAt == now.addingTimeInterval(7 * 86_400))
    }

    @Test func rateLimitWithoutRetryAfterBacksOff() {
        let health = FeedHealthPolicy.after(
            failed(.rateLimited(retryAfter: nil)), health: nil, source: source, now: now)
        #expect(health.nextFetchAt == now.addingTimeInterval(3600))
    }

    @Test func failuresBackOffExponentially() {
        var health: FeedHealth?
        var waits: [TimeInterval] = []
        for _ in 0..<7 {
            let next = FeedHealthPolicy.after(
                failed(.http(status: 500), status: 500), health: health, source: source, now: now)
            waits.append(next.nextFetchAt?.timeIntervalSince(now) ?? -1)
            health = next
        }
        #expect(waits == [1, 2, 4, 8, 16, 23, 23].map { Double($0) * 3600 })
        #expect(health?.errorCount == 7)
        #expect(health?.lastStatus == 500)
        #expect(health?.lastError?.hasPrefix("https://example.com/feed: HTTP 500") == true)
        #expect(FeedHealthPolicy.isExclusionCandidate(health, settings: FetchSettings()))
        #expect(!FeedHealthPolicy.isExclusionCandidate(FeedHealth(url: "u", errorCount: 4), settings: FetchSettings()))
    }

    @Test func permanentRedirectSetsTheEffectiveURL() {
        let moved = "https://new.example.com/feed"
        let health = FeedHealthPolicy.after(.fetched(document(redirect: moved)), health: nil, source: source, now: now)
        #expect(health.effectiveURL == moved)
        let request = FetchRequest(source: source, health: health, settings: FetchSettings())
        #expect(request.url == moved)
        #expect(request.etag == "\"v2\"")
        let kept = FeedHealthPolicy.after(.fetched(document()), health: health, source: source, now: now)
        #expect(kept.effectiveURL == moved)
    }

    @Test func healthOfAnotherURLIsIgnoredByTheRequest() {
        let stale = FeedHealth(url: "https://old.example.com/feed", effectiveURL: "https://x/", etag: "\"e\"")
        let request = FetchRequest(source: source, health: stale, settings: FetchSettings())
        #expect(request.url == source.url)
        #expect(request.etag == nil)
    }

    @Test func requestTakesPerFeedOverrides() {
        let custom = FeedSource(
            name: "c", url: "https://c/", userAgent: "ua", maxBytes: 10, timeout: .seconds(5))
        let request = FetchRequest(source: custom, health: nil, settings: FetchSettings(connectTimeout: .seconds(3)))
        #expect(request.userAgent == "ua")
        #expect(request.maxBytes == 10)
        #expect(request.timeout == .seconds(5))
        #expect(request.connectTimeout == .seconds(3))
    }

    @Test func sameBodyAgainIsRecognised() {
        let health = FeedHealth(url: source.url, bodyHash: "abc")
        #expect(FeedHealthPolicy.isUnchanged(document(), health: health, source: source))
        #expect(!FeedHealthPolicy.isUnchanged(document(), health: FeedHealth(url: source.url), source: source))
    }

    @Test func parseFailureKeepsValidatorsAndBacksOff() {
        let old = FeedHealth(url: source.url, etag: "\"v1\"")
        let health = FeedHealthPolicy.afterFailure(
            message: "not XML", status: 200, health: old, source: source, now: now)
        #expect(health.etag == "\"v1\"")
        #expect(health.errorCount == 1)
        #expect(health.lastError == "not XML")
    }
}
