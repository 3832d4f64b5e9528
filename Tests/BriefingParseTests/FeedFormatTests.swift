import BriefingModel
import Foundation
import Testing

@testable import BriefingParse

struct FeedFormatTests {
    @Test func rss20ReadsChannelAndItemFields() throws {
        let feed = try Fixture.feed("rss20-release-blog.xml", baseURL: "https://blog.example.org/feed.xml")
        #expect(feed.format == .rss20)
        #expect(!feed.bozo)
        #expect(feed.title == "Example Project Blog")
        #expect(feed.subtitle == "News & releases")
        #expect(feed.language == "en-us")
        #expect(feed.icon == "https://blog.example.org/logo.png")
        #expect(feed.updated == Fixture.instant("2025-05-06T10:00:00Z"))
        #expect(feed.entries.count == 2)
        let first = feed.entries[0]
        #expect(first.id == "tag:example.org,2025:1.2")
        #expect(first.title == "Example 1.2 released")
        #expect(first.link == "https://blog.example.org/2025/05/example-1-2")
        #expect(first.published == Fixture.instant("2025-05-06T10:00:00Z"))
        #expect(first.authors == ["Jane Doe"])
        #expect(first.categories == ["release", "kubernetes"])
        #expect(first.summary == "<p>Example 1.2 is <b>out</b>.</p>")
        #expect(first.content?.hasPrefix("<p>Full notes &amp; details.</p>") == true)
        #expect(
            first.enclosures == [Enclosure(url: "https://cdn.example.org/talk.mp3", type: "audio/mpeg", length: 12345)])
    }

    @Test func permalinkGuidBecomesTheLinkWhenThereIsNone() throws {
        let feed = try Fixture.feed("rss20-release-blog.xml")
        #expect(feed.entries[1].link == "https://blog.example.org/second")
        #expect(feed.entries[1].id == "https://blog.example.org/second")
    }

    @Test func atom10ResolvesXMLBaseAndPrefersTheAlternateLink() throws {
        let feed = try Fixture.feed("atom10-github-releases.xml")
        #expect(feed.format == .atom10)
        #expect(feed.link == "https://github.com/example/project/releases")
        #expect(feed.language == "en-US")
        #expect(feed.author == "Octo Cat (octo@example.com)")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "https://github.com/example/project/releases/tag/v1.2.0")
        #expect(entry.title == "v1.2.0 <em>stable</em>")
        #expect(entry.updated == Fixture.instant("2025-05-06T02:00:00Z"))
        #expect(entry.published == Fixture.instant("2025-05-05T09:00:00Z"))
        #expect(entry.authors == ["Jane", "Joe"])
        #expect(entry.categories == ["release"])
        #expect(entry.summary == "Fixes #1 & more")
        #expect(entry.content == "<p>Fixes <a href=\"issues/1\">#1</a>.</p>")
        #expect(entry.enclosures.first?.url == "https://github.com/example/project/assets/project.tar.gz")
        #expect(entry.enclosures.first?.length == 2048)
    }

    /// Typepad wraps `type="html"` content in an XHTML div: the div goes, the text stays HTML.
    @Test func atomHTMLContentWrappedInAnXHTMLDivIsUnwrapped() throws {
        func content(_ inner: String, type: String = "html") throws -> String? {
            let xml = """
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="\(type)">\(inner)</content></entry></feed>
                """
            return try FeedParser.parse(Data(xml.utf8)).entries.first?.content
        }
        let typepad = #"<div xmlns="http://www.w3.org/1999/xhtml">Example &lt;b&gt;Atom&lt;/b&gt;</div>"#
        #expect(try content(typepad) == "Example <b>Atom</b>")
        // Child elements of HTML content are written back; the HTML source around them stays HTML.
        #expect(try content("&lt;p&gt;one &lt;i&gt;two&lt;/i&gt; <b>three</b>") == "<p>one <i>two</i> <b>three</b>")
        #expect(
            try content(
                #"<div xmlns="http://www.w3.org/1999/xhtml">a</div><div xmlns="http://www.w3.org/1999/xhtml">b</div>"#)
                == "a<div>b</div>")
        // Only the first div wraps; one that follows it at the same depth keeps its end tag.
        let twoDivs =
            #"<div xmlns="http://www.w3.org/1999/xhtml">a</div><div xmlns="http://www.w3.org/1999/xhtml">b</div>"#
        #expect(try content(twoDivs, type: "xhtml") == "a<div>b</div>")
    }

    @Test func rss10UsesRDFAboutAndDublinCore() throws {
        let feed = try Fixture.feed("rss10-rdf.xml")
        #expect(feed.format == .rss10)
        #expect(feed.updated == Fixture.instant("2025-05-06T10:00:00Z"))
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "https://news.example.net/1")
        #expect(entry.updated == Fixture.instant("2025-05-06T08:00:00Z"))
        #expect(entry.categories == ["cloud"])
    }

    @Test func jsonFeedIsSniffedAndRead() throws {
        let feed = try Fixture.feed("jsonfeed11.json")
        #expect(feed.format == .json)
        #expect(feed.link == "https://json.example.com/")
        let entry = try #require(feed.entries.first)
        #expect(entry.content == "<p>Hi</p>")
        #expect(entry.authors == ["Jay"])
        #expect(entry.enclosures.first?.length == 10)
    }

    @Test func otherXMLIsAnUnknownFeedNotAnError() throws {
        let feed = try FeedParser.parse(Data("<html><body>hi</body></html>".utf8))
        #expect(feed.format == .unknown)
        #expect(feed.entries.isEmpty)
    }

    @Test func rssWithoutVersionIsUnknownButRead() throws {
        let feed = try FeedParser.parse(Data("<rss><channel><title>T</title></channel></rss>".utf8))
        #expect(feed.format == .unknown)
        #expect(feed.title == "T")
    }
}
