import BriefingModel
import Foundation
import GRDB
import Testing

@testable import BriefingStore

@Suite struct StoreEntriesTests {
    let health = FeedHealth(url: "https://example.com/feed.xml")
    let monday = TestSupport.date("2025-05-05T08:00:00Z")
    let tuesday = TestSupport.date("2025-05-06T08:00:00Z")

    @Test func newEntriesAreInsertedWithFirstSeen() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b", categories: ["k8s", "a/b", "say \"hi\"", "云原生"])]
        let summary = try store.storeFetchedEntries(drafts, forFeed: "etcd", health: health, at: monday)
        #expect(summary.inserted == 2 && summary.updated == 0 && summary.unchanged == 0)
        let stored = try store.entries()
        #expect(stored.map(\.id) == summary.insertedIDs)
        #expect(stored.map(\.firstSeen) == [monday, monday])
        #expect(stored[1].categories == ["k8s", "a/b", "say \"hi\"", "云原生"])
        #expect(stored[1].feed == "etcd")
        #expect(stored[1].normalizedURL == "https://example.com/b")
        #expect(stored[0].classification == nil)
    }

    @Test func repeatedStoresNeverDuplicate() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b")]
        let first = try store.storeFetchedEntries(drafts, forFeed: "etcd", health: health, at: monday)
        let second = try store.storeFetchedEntries(drafts, forFeed: "etcd", health: health, at: tuesday)
        #expect(second == UpsertSummary(inserted: 0, updated: 0, unchanged: 2, insertedIDs: []))
        let stored = try store.entries()
        #expect(stored.map(\.id) == first.insertedIDs)
        #expect(stored.map(\.firstSeen) == [monday, monday])
    }

    @Test func sameKeyInAnotherFeedIsAnotherEntry() throws {
        let store = try Store.inMemory()
        _ = try store.storeFetchedEntries([TestSupport.draft("a")], forFeed: "one", health: health, at: monday)
        let other = try store.storeFetchedEntries([TestSupport.draft("a")], forFeed: "two", health: health, at: monday)
        #expect(other.inserted == 1)
        #expect(try store.entries().map(\.feed) == ["one", "two"])
        #expect(try store.entries(feed: "two").count == 1)
    }

    @Test func sameKeyTwiceInOneFetchIsOneEntry() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("a", title: "Retitled")]
        let summary = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: monday)
        #expect(summary.inserted == 1 && summary.updated == 1)
        #expect(try store.entries().map(\.title) == ["Retitled"])
    }

    /// A feed's first fetch inserts without lookups; a key repeated in it, or in the next fetch,
    /// still finds the row stored moments before.
    @Test func aFirstFetchWithRepeatedKeysAndTheNextFetchNeverDuplicate() throws {
        let store = try Store.inMemory()
        let first = [
            TestSupport.draft("a"), TestSupport.draft("b"), TestSupport.draft("a"),
            TestSupport.draft("b", title: "B again"),
        ]
        let summary = try store.storeFetchedEntries(first, forFeed: "f", health: health, at: monday)
        #expect(summary.inserted == 2 && summary.unchanged == 1 && summary.updated == 1)
        let next = try store.storeFetchedEntries(
            [TestSupport.draft("c"), TestSupport.draft("a")], forFeed: "f", health: health, at: tuesday)
        #expect(next.inserted == 1 && next.unchanged == 1)
        #expect(try store.entries().map(\.title).sorted() == ["B again", "Title a", "Title c"])
    }

    @Test func editedEntryUpdatesInPlaceKeepingFirstSeen() throws {
        let store = try Store.inMemory()
        let original = TestSupport.draft("a", published: monday, summary: "old")
        let id = try #require(
            try store.storeFetchedEntries([original], forFeed: "f", health: health, at: monday).insertedIDs.first)
        let edited = TestSupport.draft("a", title: "New title", published: monday, updated: tuesday, summary: "new")
        let summary = try store.storeFetchedEntries([edited], forFeed: "f", health: health, at: tuesday)
        #expect(summary == UpsertSummary(inserted: 0, updated: 1, unchanged: 0, insertedIDs: [], updatedIDs: [id]))
        let entry = try #require(try store.entry(id: id))
        #expect(entry.title == "New title" && entry.summary == "new" && entry.updated == tuesday)
        #expect(entry.firstSeen == monday)
        #expect(try store.entries().count == 1)
    }

    @Test func dateOnlyEditKeepsTheClassification() throws {
        let store = try Store.inMemory()
        let id = try storeOneClassified(in: store)
        let redated = TestSupport.draft("a", published: monday, updated: tuesday)
        let summary = try store.storeFetchedEntries([redated], forFeed: "f", health: health, at: tuesday)
        #expect(summary.updated == 1)
        #expect(try store.entry(id: id)?.classification?.section == .releases)
    }

    @Test func textEditClearsTheClassificationForReclassifying() throws {
        let store = try Store.inMemory()
        let id = try storeOneClassified(in: store)
        let retitled = TestSupport.draft("a", title: "etcd v3.6.1", published: monday)
        _ = try store.storeFetchedEntries([retitled], forFeed: "f", health: health, at: tuesday)
        #expect(try store.entry(id: id)?.classification == nil)
    }

    @Test func refetchKeepsTheClassification() throws {
        let store = try Store.inMemory()
        let id = try storeOneClassified(in: store)
        let same = TestSupport.draft("a", published: monday)
        let summary = try store.storeFetchedEntries([same], forFeed: "f", health: health, at: tuesday)
        #expect(summary.unchanged == 1)
        #expect(try store.entry(id: id)?.classification?.why == "release: etcd v3.6.0")
    }

    /// A row whose stored text differs from what this version writes but means the same (here the
    /// categories JSON as JSONSerialization wrote it, with spaces and an escaped slash) is
    /// compared field by field: unchanged, classification kept.
    @Test func equalEntryStoredInAnotherSpellingIsUnchanged() throws {
        let store = try Store.inMemory()
        let draft = TestSupport.draft("a", published: monday, categories: ["ci/cd", "release"])
        let id = try #require(
            try store.storeFetchedEntries([draft], forFeed: "f", health: health, at: monday).insertedIDs.first)
        try store.saveClassifications([id: Classification(section: .releases, confidence: 0.9, why: "kept")])
        try store.write("test") { db in
            try db.execute(
                sql: #"UPDATE entries SET categories = '[ "ci\/cd", "release" ]' WHERE id = ?"#, arguments: [id])
        }
        let summary = try store.storeFetchedEntries([draft], forFeed: "f", health: health, at: tuesday)
        #expect(summary.unchanged == 1 && summary.updated == 0)
        #expect(try store.entry(id: id)?.classification?.why == "kept")
    }

    /// Every column a fetch writes takes part in "unchanged": a change in any one of them is an update.
    @Test func aChangeInAnyStoredFieldIsAnUpdate() throws {
        let base = TestSupport.draft("a", published: monday, content: "<p>body</p>", categories: ["k8s"])
        var variants: [EntryDraft] = []
        for change in 0..<9 {
            var draft = base
            switch change {
            case 0: draft.url = "https://example.com/other"
            case 1: draft.normalizedURL = "https://example.com/other"
            case 2: draft.title = "Another title"
            case 3: draft.author = nil
            case 4: draft.published = tuesday
            case 5: draft.updated = tuesday
            case 6: draft.summary = "another summary"
            case 7: draft.content = nil
            default: draft.categories = ["k8s", "cncf"]
            }
            variants.append(draft)
        }
        for variant in variants {
            let store = try Store.inMemory()
            _ = try store.storeFetchedEntries([base], forFeed: "f", health: health, at: monday)
            let summary = try store.storeFetchedEntries([variant], forFeed: "f", health: health, at: tuesday)
            #expect(summary.updated == 1, "\(variant)")
            #expect(
                try store.entries().first.map { [$0.url, $0.title, $0.summary] } == [
                    variant.url, variant.title, variant.summary,
                ])
        }
    }

    @Test func subMillisecondDatesStillCompareUnchanged() throws {
        let store = try Store.inMemory()
        let precise = Date(timeIntervalSince1970: 1_746_432_000.123_456_7)
        let draft = TestSupport.draft("a", published: precise)
        _ = try store.storeFetchedEntries([draft], forFeed: "f", health: health, at: precise)
        let again = try store.storeFetchedEntries([draft], forFeed: "f", health: health, at: tuesday)
        #expect(again.unchanged == 1)
    }

    @Test func aFetchWithoutAnEntryNeverDeletesIt() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b")]
        _ = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: monday)
        _ = try store.storeFetchedEntries([], forFeed: "f", health: health, at: tuesday)
        #expect(try store.entries().count == 2)
    }

    @Test func savesClassificationsInOneGo() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b")]
        let ids = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: monday).insertedIDs
        let news = Classification(section: .news, confidence: 0.4, why: "model", isCandidate: false, score: 1.5)
        let fun = Classification(section: .fun, confidence: 0.9, why: "rule: feeds.yaml:3")
        try store.saveClassifications([ids[0]: news, ids[1]: fun, 999: fun])
        #expect(try store.entry(id: ids[0])?.classification == news)
        #expect(try store.entry(id: ids[1])?.classification == fun)
        #expect(try store.entries(section: .fun).map(\.id) == [ids[1]])
    }

    @Test func findsEntriesOfAnyFeedByNormalizedURL() throws {
        let store = try Store.inMemory()
        let github = TestSupport.draft("a", url: "http://Example.com/post/?utm_source=rss")
        let blog = TestSupport.draft("b", url: "https://example.com/post#intro")
        _ = try store.storeFetchedEntries([github], forFeed: "github", health: health, at: monday)
        _ = try store.storeFetchedEntries([blog], forFeed: "blog", health: health, at: tuesday)
        let found = try store.entries(withNormalizedURL: "https://example.com/post")
        #expect(found.map(\.feed) == ["github", "blog"])
        #expect(found[0].url == "http://Example.com/post/?utm_source=rss")
    }

    @Test func entryOfAnUnknownIDIsNil() throws {
        #expect(try Store.inMemory().entry(id: 42) == nil)
    }

    private func storeOneClassified(in store: Store) throws -> Int64 {
        let draft = TestSupport.draft("a", published: monday)
        let id = try #require(
            try store.storeFetchedEntries([draft], forFeed: "f", health: health, at: monday).insertedIDs.first)
        let release = Classification(section: .releases, confidence: 0.95, why: "release: etcd v3.6.0")
        try store.saveClassifications([id: release])
        return id
    }
}
