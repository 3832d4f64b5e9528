import Foundation
import Testing

@testable import BriefingFetch

struct FileURLTests {
    private let fetcher = FeedFetcher()

    @Test func fileFeedIsReadAsIs() async throws {
        let url = Fixture.url("gb2312.xml").absoluteString
        let document = try #require(await fetcher.fetch(FetchRequest(feed: "f", url: url)).document)
        #expect(document.body == (try Fixture.data("gb2312.xml")))
        #expect(document.status == nil)
        #expect(document.finalURL == url)
        #expect(document.etag == nil)
    }

    @Test func missingFileIsAFailureNamingThePath() async {
        let failure = await fetcher.fetch(FetchRequest(feed: "f", url: "file:///nonexistent/feed.xml")).failure
        guard case .network(let message)? = failure?.kind else {
            Issue.record("expected a network failure, got \(String(describing: failure))")
            return
        }
        #expect(message.contains("/nonexistent/feed.xml"))
    }

    @Test func fileLargerThanTheCapIsTooLarge() async {
        let request = FetchRequest(feed: "f", url: Fixture.url("gb2312.xml").absoluteString, maxBytes: 100)
        #expect(await fetcher.fetch(request).failure?.kind == .tooLarge(cap: 100))
    }

    @Test func htmlFileIsNotAFeed() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(UUID()).html")
        try Data(#"<html><link rel="alternate" type="application/atom+xml" href="atom.xml"></html>"#.utf8).write(
            to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let failure = await fetcher.fetch(FetchRequest(feed: "f", url: path.absoluteString)).failure
        let expected = path.deletingLastPathComponent().appendingPathComponent("atom.xml").absoluteString
        #expect(failure?.kind == .notAFeed(discoveredFeedURL: expected))
    }
}
