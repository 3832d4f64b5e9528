import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

@Suite struct StoreLabelsAndDraftsTests {
    let health = FeedHealth(url: "https://example.com/feed.xml")
    let monday = TestSupport.date("2025-05-05T08:00:00Z")
    let tuesday = TestSupport.date("2025-05-06T08:00:00Z")

    @Test func latestLabelPerEntryWins() throws {
        let store = try Store.inMemory()
        let drafts = [TestSupport.draft("a"), TestSupport.draft("b")]
        let ids = try store.storeFetchedEntries(drafts, forFeed: "f", health: health, at: monday).insertedIDs
        try store.addLabel(Label(entryID: ids[0], section: .news, source: "drafts/2025-05.md", at: monday))
        try store.addLabel(Label(entryID: ids[0], section: nil, source: "drafts/2025-05.md", at: tuesday))
        try store.addLabel(Label(entryID: ids[1], section: .fun, source: "drafts/2025-05.md", at: tuesday))
        try store.addLabel(Label(entryID: ids[1], section: .reports, source: "older", at: monday))
        let labels = try store.labels()
        #expect(labels.map(\.entry.id) == ids)
        #expect(labels.map(\.label.section) == [nil, .fun])
        #expect(labels[1].label == Label(entryID: ids[1], section: .fun, source: "drafts/2025-05.md", at: tuesday))
        #expect(labels[1].entry.key == "id:b")
    }

    @Test func sameInstantLabelsLastAddedWins() throws {
        let store = try Store.inMemory()
        let id = try #require(
            try store.storeFetchedEntries([TestSupport.draft("a")], forFeed: "f", health: health, at: monday)
                .insertedIDs.first)
        try store.addLabel(Label(entryID: id, section: .news, source: "x", at: monday))
        try store.addLabel(Label(entryID: id, section: .products, source: "x", at: monday))
        #expect(try store.labels().map(\.label.section) == [.products])
    }

    @Test func aLabelForAnUnknownEntryIsAStoreError() throws {
        let store = try Store.inMemory()
        let error = try #require(throws: StoreError.self) {
            try store.addLabel(Label(entryID: 42, section: .news, source: "x", at: monday))
        }
        #expect(error.message.hasPrefix(":memory:: saving a label of entry 42 failed: database error ("))
    }

    @Test func lastDraftIsTheLatestWriteOfThatPath() throws {
        let store = try Store.inMemory()
        let may = try #require(Month("2025-05"))
        #expect(try store.lastDraft(path: "drafts/2025-05.md") == nil)
        try store.recordDraft(path: "drafts/2025-05.md", month: may, hash: "h1", entryIDs: [3, 1], at: monday)
        try store.recordDraft(path: "drafts/2025-05.md", month: may, hash: "h2", entryIDs: [1, 2, 3], at: tuesday)
        try store.recordDraft(
            path: "drafts/2025-04.md", month: try #require(Month("2025-04")), hash: "h0", entryIDs: [], at: tuesday)
        let last = try store.lastDraft(path: "drafts/2025-05.md")
        #expect(
            last
                == DraftRecord(
                    path: "drafts/2025-05.md", month: may, hash: "h2", entryIDs: [1, 2, 3], writtenAt: tuesday))
    }
}

@Suite struct StoreItemTextTests {
    @Test func itemTextIsSavedReplacedAndRemovedWhenEmpty() throws {
        let store = try Store.inMemory()
        _ = try store.storeFetchedEntries(
            [TestSupport.draft("a")], forFeed: "f", health: FeedHealth(url: "https://example.com/f.xml"), at: Date())
        let id = try #require(try store.entries().first?.id)
        let at = Date(timeIntervalSince1970: 1_750_000_000)
        try store.saveItemText(ItemText(entryID: id, headline: "标题", summary: "", at: at))
        try store.saveItemText(ItemText(entryID: id, headline: "新标题", summary: "摘要", at: at))
        #expect(try store.itemTexts()[id] == ItemText(entryID: id, headline: "新标题", summary: "摘要", at: at))
        try store.saveItemText(ItemText(entryID: id, headline: "", summary: "", at: at))
        #expect(try store.itemTexts().isEmpty)
    }
}
