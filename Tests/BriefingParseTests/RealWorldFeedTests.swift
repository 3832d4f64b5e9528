import BriefingModel
import Foundation
import Testing

@testable import BriefingParse

/// Shapes of real feeds that feedparser reads and this parser once misread; each fixture is
/// modelled on the feed that showed it.
struct RealWorldFeedTests {
    @Test func anAuthorsJobTitleDoesNotReplaceTheEntryTitle() throws {
        let feed = try Fixture.feed("rss20-author-job-title.xml")
        #expect(feed.entries.map(\.title) == ["GKE node pools start faster", "Cloud Run adds GPUs"])
        #expect(feed.entries.map(\.authors) == [["Jane Doe"], ["John Roe"]])
    }

    @Test func textOfAnUnknownTypeStaysTextUnlessItIsBase64OfUTF8() throws {
        let feed = try Fixture.feed("atom10-unknown-text-types.xml")
        #expect(feed.title == "Feed title foo")
        #expect(feed.entries[0].title == "Demo title")
        #expect(feed.entries[0].content == "Some content here")
        #expect(feed.entries[1].summary == "Watch the demo")
        #expect(feed.entries[2].content == "Hello world")
    }

    @Test func podcastITunesSummaryIsContentAndKeywordsAreCategories() throws {
        let feed = try Fixture.feed("rss20-podcast-itunes.xml")
        let episode = feed.entries[0]
        #expect(episode.summary == "Gateway API in ten minutes.")
        #expect(episode.content == "We walk through the Gateway API: routes, listeners and what changed in v1.3.")
        #expect(episode.categories == ["gateway api", "kubernetes", "networking", "Technology"])
        #expect(feed.entries[1].summary == "Only a summary.")
        #expect(feed.entries[1].content == nil)
        #expect(feed.entries[1].categories == ["etcd", "raft"])
    }

    /// feedparser reads `p.m.` as nothing (1:30 p.m. EDT comes out as 01:30 UTC, 16 hours off
    /// the true 17:30) and `a.m.` likewise; these are the instants the text names.
    @Test func apStyleMeridiemsAreTwelveHourTimes() throws {
        let feed = try Fixture.feed("rss20-dates-meridiem.xml")
        #expect(
            feed.entries.map(\.published) == [
                Fixture.instant("2025-05-06T17:30:00Z"), Fixture.instant("2025-05-06T23:05:00Z"),
                Fixture.instant("2025-05-07T04:15:00Z"), Fixture.instant("2025-05-07T16:00:00Z"),
            ])
    }

    /// feedparser reads each of these; briefing read none. The fourth names 16:00 UTC the day
    /// before: feedparser reads its day and drops the `+08:00`.
    @Test func perforceDatesAndDaysWithAZoneAreDates() throws {
        let feed = try Fixture.feed("rss20-dates-perforce.xml")
        #expect(
            feed.entries.map(\.published) == [
                Fixture.instant("2025-09-05T12:19:53Z"), Fixture.instant("2025-09-06T23:00:00Z"),
                Fixture.instant("2025-12-08T00:00:00Z"), nil, nil, nil, Fixture.instant("2025-12-15T10:36:00Z"),
            ])
        #expect(
            feed.entries.map(\.updated) == [
                nil, nil, nil, Fixture.instant("2025-12-07T16:00:00Z"), Fixture.instant("2025-12-11T11:24:53Z"),
                Fixture.instant("2025-12-09T10:00:00Z"), nil,
            ])
    }

    /// briefing read none of these. feedparser reads the first two, the first as 10:20:30 UTC
    /// (EET is not in its zone table), and not the modern `Μάρ` of the third.
    @Test func greekMonthAndWeekdayNamesAreDates() throws {
        let feed = try Fixture.feed("rss20-dates-greek.xml")
        #expect(feed.title == "Ειδήσεις")
        #expect(
            feed.entries.map(\.published) == [
                Fixture.instant("2025-12-01T08:20:30Z"), Fixture.instant("2025-05-06T10:00:00Z"),
                Fixture.instant("2025-03-14T07:05:00Z"),
            ])
    }

    @Test func relativeIdsAndLinksResolveAgainstTheXMLBaseInEffect() throws {
        let feed = try Fixture.feed("atom10-xml-base-ids.xml")
        #expect(
            feed.entries.map(\.id) == [
                "https://example.com/blog/posts/one.html", "https://example.org/ids/two", "https://example.com/three",
                "at://did:plc:abc/app.bsky.feed.post/3k",
            ])
        #expect(
            feed.entries.map(\.link) == [
                "https://example.com/blog/posts/one.html", "https://example.com/blog/two.html",
                "https://example.com/three", "at://did:plc:abc/app.bsky.feed.post/3k",
            ])
    }

    @Test func relativeRSSGuidsStayAsWrittenWithADocumentURLAloneOrWhenNoPermalink() throws {
        let xml = "<rss version=\"2.0\"><channel><item><guid>1234</guid></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8), baseURL: "https://example.com/feed.xml")
        #expect(feed.entries.first?.id == "1234")
        let based =
            "<rss version=\"2.0\" xml:base=\"https://example.com/\"><channel><item>"
            + "<guid isPermaLink=\"false\">abc</guid></item></channel></rss>"
        #expect(try FeedParser.parse(Data(based.utf8)).entries.first?.id == "abc")
    }

    /// libxml2 copies only the first byte of a predefined entity into an attribute value.
    @Test func entityReferencesInAttributeValuesDecodeWhole() throws {
        let feed = try Fixture.feed("rss20-entities-in-attributes.xml")
        let entry = try #require(feed.entries.first)
        #expect(feed.title == "Entities kubernetes")
        #expect(entry.title == "Café")
        #expect(entry.link == "https://example.com/café/kubernetes?a=1&b=2")
        #expect(entry.categories == ["kubernetes", "café & bar"])
        #expect(entry.enclosures.map(\.url) == ["https://example.com/kubernetes.mp3"])
    }
}
