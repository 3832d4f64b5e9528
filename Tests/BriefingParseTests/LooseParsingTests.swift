import Foundation
import Testing

@testable import BriefingParse

struct LooseParsingTests {
    @Test func htmlEntitiesDecodeAndFlagBozo() throws {
        let feed = try Fixture.feed("entities-html-loose.xml")
        #expect(feed.title == "Café\u{A0}Talk © 2025")
        #expect(feed.bozo)
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "A & B … &doesnotexist;")
        #expect(entry.link == "https://example.com/?a=1&b=2")
    }

    @Test func truncatedLastEntryIsDroppedAndTheRestKept() throws {
        let feed = try Fixture.feed("illformed-truncated.xml")
        #expect(feed.bozo)
        #expect(feed.title == "Cut off")
        #expect(feed.entries.map(\.title) == ["Complete"])
    }

    @Test func entitiesAfterAnErrorAreStillDecoded() throws {
        let xml = "<rss version=\"2.0\"><channel><title>a</titel><item><title>x &amp; y</title></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.bozo)
        #expect(feed.entries.first?.title == "x & y")
    }

    @Test func c1ControlsAreReadAsWindows1252() throws {
        let xml = "<rss version=\"2.0\"><channel><item><description>don\u{92}t</description></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.summary == "don\u{2019}t")
    }

    @Test func undeclaredNamespacePrefixIsBozo() throws {
        let xml = "<rss version=\"2.0\"><channel><itunes:subtitle>Foo</itunes:subtitle></channel></rss>"
        #expect(try FeedParser.parse(Data(xml.utf8)).bozo)
    }
}
