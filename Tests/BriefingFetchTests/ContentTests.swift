import Foundation
import Testing

@testable import BriefingFetch

@Suite(.timeLimit(.minutes(1)))
struct ContentTests {
    private let fetcher = FeedFetcher()

    @Test func htmlPageNamesTheFeedItAnnounces() async throws {
        try await TestServer.with { server in
            let failure = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/html"))).failure
            let feedURL = server.url("/feeds/main.xml?a=1&b=2")
            #expect(failure?.kind == .notAFeed(discoveredFeedURL: feedURL))
            #expect(
                failure?.message
                    == "\(server.url("/html")): this is an HTML page, not a feed; the page names the feed \(feedURL): "
                    + "put that URL in feeds.yaml")
        }
    }

    @Test func htmlPageWithoutFeedLink() async throws {
        try await TestServer.with { server in
            let failure = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/html/nolink"))).failure
            #expect(failure?.kind == .notAFeed(discoveredFeedURL: nil))
        }
    }

    @Test func htmlIsRecognisedByItsBytesNotItsContentType() async throws {
        try await TestServer.with { server in
            let failure = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/html/mislabelled"))).failure
            #expect(failure?.kind == .notAFeed(discoveredFeedURL: server.url("/feeds/main.xml?a=1&b=2")))
        }
    }

    @Test func gb2312FeedWithoutHTTPCharsetPassesThroughUnchanged() async throws {
        try await TestServer.with { server in
            let url = server.url("/fixture/gb2312.xml")
            let document = try #require(await fetcher.fetch(FetchRequest(feed: "f", url: url)).document)
            #expect(document.charset == nil)
            #expect(document.contentType == "application/rss+xml")
            #expect(document.body == (try Fixture.data("gb2312.xml")))
        }
    }

    @Test func utf8FeedLabelledLatin1ReportsTheLabelAndKeepsTheBytes() async throws {
        try await TestServer.with { server in
            let url = server.url("/fixture/utf8-labelled-latin1.xml")
            let document = try #require(await fetcher.fetch(FetchRequest(feed: "f", url: url)).document)
            #expect(document.charset == "ISO-8859-1")
            #expect(document.body == (try Fixture.data("utf8-labelled-latin1.xml")))
            #expect(document.bodyHash == SHA256.hexDigest(try Fixture.data("utf8-labelled-latin1.xml")))
        }
    }
}
