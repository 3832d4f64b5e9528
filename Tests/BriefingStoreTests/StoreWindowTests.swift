import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

@Suite struct StoreWindowTests {
    let health = FeedHealth(url: "https://example.com/feed.xml")

    /// May 2025 in Shanghai is [2025-04-30T16:00Z, 2025-05-31T16:00Z).
    @Test func monthWindowFollowsShanghaiAtBothEdges() throws {
        let store = try Store.inMemory()
        let drafts = [
            TestSupport.draft("april-last-second", published: TestSupport.date("2025-04-30T15:59:59Z")),
            TestSupport.draft("may-first-instant", published: TestSupport.date("2025-04-30T16:00:00Z")),
            TestSupport.draft("may-last-second", published: TestSupport.date("2025-05-31T15:59:59Z")),
            TestSupport.draft("june-first-instant", published: TestSupport.date("2025-05-31T16:00:00Z")),
        ]
        _ = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: Date())
        let may = try #require(Month("2025-05")).window(in: TestSupport.shanghai)
        #expect(try store.entries(in: may).map(\.key) == ["id:may-first-instant", "id:may-last-second"])
        let june = try #require(Month("2025-06")).window(in: TestSupport.shanghai)
        #expect(try store.entries(in: june).map(\.key) == ["id:june-first-instant"])
    }

    @Test func windowUsesUpdatedThenFirstSeenWhenUnpublished() throws {
        let store = try Store.inMemory()
        let mayDay = TestSupport.date("2025-05-10T00:00:00Z")
        let june = TestSupport.date("2025-06-10T00:00:00Z")
        let drafts = [
            TestSupport.draft("published-june-updated-may", published: june, updated: mayDay),
            TestSupport.draft("updated-may", updated: mayDay),
            TestSupport.draft("undated"),
        ]
        _ = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: mayDay)
        let may = try #require(Month("2025-05")).window(in: TestSupport.shanghai)
        #expect(try store.entries(in: may).map(\.key) == ["id:updated-may", "id:undated"])
        let stored = try store.entries(in: may)
        #expect(stored.allSatisfy { may.contains($0.date) })
    }

    @Test func orderIsByDateThenID() throws {
        let store = try Store.inMemory()
        let early = TestSupport.date("2025-05-01T00:00:00Z")
        let late = TestSupport.date("2025-05-20T00:00:00Z")
        let drafts = [
            TestSupport.draft("late", published: late), TestSupport.draft("early-1", published: early),
            TestSupport.draft("early-2", published: early),
        ]
        _ = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: late)
        #expect(try store.entries().map(\.key) == ["id:early-1", "id:early-2", "id:late"])
    }

    @Test func filtersCombine() throws {
        let store = try Store.inMemory()
        let mayDay = TestSupport.date("2025-05-10T00:00:00Z")
        _ = try store.storeFetchedEntries(
            [TestSupport.draft("a", published: mayDay), TestSupport.draft("b", published: mayDay)], forFeed: "one",
            health: health, at: mayDay)
        _ = try store.storeFetchedEntries(
            [TestSupport.draft("c", published: mayDay)], forFeed: "two", health: health, at: mayDay)
        let ids = try store.entries().map(\.id)
        try store.saveClassifications([
            ids[0]: Classification(section: .news, confidence: 1, why: "x"),
            ids[2]: Classification(section: .news, confidence: 1, why: "x"),
        ])
        let may = try #require(Month("2025-05")).window(in: TestSupport.shanghai)
        #expect(try store.entries(in: may, feed: "one", section: .news).map(\.key) == ["id:a"])
        #expect(try store.entries(feed: "two", section: .fun).isEmpty)
    }
}
