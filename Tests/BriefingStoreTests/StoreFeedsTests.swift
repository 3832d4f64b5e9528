import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

@Suite struct StoreFeedsTests {
    let now = TestSupport.date("2025-05-10T00:00:00Z")

    var etcd: FeedSource { FeedSource(name: "etcd", url: "https://github.com/etcd-io/etcd/releases.atom") }
    var cncf: FeedSource { FeedSource(name: "cncf", url: "https://www.cncf.io/feed/") }

    /// A health with every field set, so a round trip proves each column.
    var fullHealth: FeedHealth {
        FeedHealth(
            url: etcd.url, effectiveURL: "https://github.com/etcd-io/etcd/releases.atom?moved=1", etag: "W/\"abc\"",
            lastModified: "Sat, 10 May 2025 00:00:00 GMT", bodyHash: "hash:0123", lastStatus: 503,
            lastError: "HTTP 503 from https://github.com/etcd-io/etcd/releases.atom", errorCount: 2,
            lastAttempt: now, lastSuccess: TestSupport.date("2025-05-09T00:00:00Z"),
            nextFetchAt: TestSupport.date("2025-05-10T01:00:00Z"), gone: false)
    }

    @Test func syncedFeedStartsWithFreshHealth() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd])
        #expect(try store.health(forFeed: "etcd") == FeedHealth(url: etcd.url))
        #expect(try store.health(forFeed: "unknown") == nil)
    }

    @Test func healthRoundTrips() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd])
        try store.saveHealth(fullHealth, forFeed: "etcd")
        #expect(try store.health(forFeed: "etcd") == fullHealth)
    }

    @Test func savingHealthOfAnUnsyncedFeedCreatesIt() throws {
        let store = try Store.inMemory()
        try store.saveHealth(fullHealth, forFeed: "etcd")
        #expect(try store.health(forFeed: "etcd") == fullHealth)
    }

    @Test func storingEntriesSavesTheHealthInTheSameCall() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd])
        _ = try store.storeFetchedEntries([TestSupport.draft("a")], forFeed: "etcd", health: fullHealth, at: now)
        #expect(try store.health(forFeed: "etcd")?.etag == "W/\"abc\"")
    }

    @Test func aChangedURLResetsHealthIncludingGone() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd, cncf])
        var gone = fullHealth
        gone.gone = true
        try store.saveHealth(gone, forFeed: "etcd")
        try store.saveHealth(FeedHealth(url: cncf.url, etag: "\"kept\""), forFeed: "cncf")
        var moved = etcd
        moved.url = "https://etcd.io/blog/index.xml"
        try store.syncFeeds([moved, cncf])
        #expect(try store.health(forFeed: "etcd") == FeedHealth(url: "https://etcd.io/blog/index.xml"))
        #expect(try store.health(forFeed: "cncf")?.etag == "\"kept\"")
    }

    @Test func resyncWithTheSameURLKeepsHealth() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd])
        try store.saveHealth(fullHealth, forFeed: "etcd")
        try store.syncFeeds([etcd])
        #expect(try store.health(forFeed: "etcd") == fullHealth)
    }

    @Test func reportsFollowFeedsYamlOrderAndCountEntries() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd, cncf])
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b")]
        var health = FeedHealth(url: cncf.url, lastStatus: 200, lastAttempt: now, lastSuccess: now)
        _ = try store.storeFetchedEntries(drafts, forFeed: "cncf", health: health, at: now)
        health.url = etcd.url
        _ = try store.storeFetchedEntries([TestSupport.draft("c")], forFeed: "etcd", health: health, at: now)
        try store.syncFeeds([cncf, etcd])
        let reports = try store.feedReports(at: now)
        #expect(reports.map(\.name) == ["cncf", "etcd"])
        #expect(reports.map(\.entries) == [2, 1])
        #expect(
            reports[0]
                == FeedReport(
                    name: "cncf", url: cncf.url, effectiveURL: nil, status: .ok, lastError: nil, errorCount: 0,
                    entries: 2, lastSuccess: now, nextFetchAt: nil, gone: false, newestEntry: now))
        #expect(reports[1].newestEntry == now)
    }

    @Test func theNewestEntryIsDatedByPublishedElseFirstSeen() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([cncf, etcd])
        let old = TestSupport.date("2022-02-10T08:00:00Z")
        let older = TestSupport.date("2021-06-01T00:00:00Z")
        let drafts = [TestSupport.draft("x", published: older), TestSupport.draft("y", published: old)]
        _ = try store.storeFetchedEntries(drafts, forFeed: "cncf", health: FeedHealth(url: cncf.url), at: now)
        let reports = try store.feedReports(at: now)
        #expect(reports.map(\.newestEntry) == [old, nil])
    }

    @Test func aFeedDroppedFromTheConfigIsNotReportedButKeepsItsEntries() throws {
        let store = try Store.inMemory()
        try store.syncFeeds([etcd, cncf])
        _ = try store.storeFetchedEntries(
            [TestSupport.draft("a")], forFeed: "cncf", health: FeedHealth(url: cncf.url), at: now)
        try store.syncFeeds([etcd])
        #expect(try store.feedReports(at: now).map(\.name) == ["etcd"])
        #expect(try store.entries(feed: "cncf").count == 1)
    }

    @Test func statusWords() throws {
        let store = try Store.inMemory()
        let names = ["never", "ok", "failing", "backoff", "gone", "disabled"]
        try store.syncFeeds(
            names.map { FeedSource(name: $0, url: "https://example.com/\($0)", enabled: $0 != "disabled") })
        let later = now.addingTimeInterval(3600)
        let earlier = now.addingTimeInterval(-3600)
        try store.saveHealth(health("ok", lastSuccess: now), forFeed: "ok")
        try store.saveHealth(health("failing", error: "timeout", next: earlier), forFeed: "failing")
        try store.saveHealth(health("backoff", error: "HTTP 429", next: later), forFeed: "backoff")
        var gone = health("gone", error: "HTTP 410")
        gone.gone = true
        try store.saveHealth(gone, forFeed: "gone")
        let statuses = try store.feedReports(at: now).map(\.status.rawValue)
        #expect(statuses == names)
    }

    private func health(_ name: String, lastSuccess: Date? = nil, error: String? = nil, next: Date? = nil)
        -> FeedHealth
    {
        FeedHealth(
            url: "https://example.com/\(name)", lastError: error, errorCount: error == nil ? 0 : 1, lastAttempt: now,
            lastSuccess: lastSuccess, nextFetchAt: next)
    }
}
