import BriefingModel
import BriefingParse
import Testing

/// A document that ends inside an entry: the entry is kept when it has a title and a link, and
/// the feed says it was not well-formed.
struct CutOffEntryTests {
    @Test func anEntryCutOffMidwayIsKeptForItsTitleAndLink() throws {
        let feed = try Fixture.feed("rss20-cut-off-item.xml")
        #expect(feed.bozo)
        #expect(!feed.wellFormed)
        #expect(feed.cutOffEntries == 1)
        #expect(feed.entries.map(\.title) == ["First whole item", "Second whole item", "Third item, cut off"])
        #expect(feed.entries.last?.link == "https://cloudnativenow.example/third/")
    }

    @Test func anEntryCutOffBeforeItsLinkIsNotInvented() throws {
        let feed = try Fixture.feed("rss20-cut-off-item-without-link.xml")
        #expect(!feed.wellFormed)
        #expect(feed.cutOffEntries == 0)
        #expect(feed.entries.map(\.title) == ["Whole item"])
    }

    @Test func aWholeDocumentIsWellFormed() throws {
        let feed = try Fixture.feed("rss20-release-blog.xml")
        #expect(feed.wellFormed)
        #expect(feed.cutOffEntries == 0)
    }
}
