import BriefingModel
import Foundation
import Testing

@testable import BriefingFetch

@Suite(.timeLimit(.minutes(1)))
struct ConditionalGetTests {
    private static let etag = #"W/"7f-a b;c=d""#
    private static let lastModified = "Wed, 21 Oct 2015 07:28:00 GMT"
    private let fetcher = FeedFetcher()

    @Test func etagIsStoredAndSentBackByteExact() async throws {
        try await TestServer.with { server in
            let first = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/etag")))
            #expect(first.document?.etag == Self.etag)
            let second = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/etag"), etag: Self.etag))
            #expect(second == .notModified(permanentRedirect: nil))
            // The server compares byte for byte: a normalised validator gets the full body again.
            let altered = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/etag"), etag: #""7f-a b;c=d""#))
            #expect(altered.document != nil)
        }
    }

    @Test func lastModifiedIsStoredAndSentBackByteExact() async throws {
        try await TestServer.with { server in
            let first = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/lastmod")))
            #expect(first.document?.lastModified == Self.lastModified)
            let second = await fetcher.fetch(
                FetchRequest(feed: "f", url: server.url("/lastmod"), lastModified: Self.lastModified))
            #expect(second == .notModified(permanentRedirect: nil))
        }
    }

    @Test func validatorsAreSentOnlyWhenPresent() async throws {
        try await TestServer.with { server in
            let plain = try #require(await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/echo"))).document)
            let empty = try #require(
                await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/echo"), etag: "", lastModified: ""))
                    .document)
            for document in [plain, empty] {
                let headers = String(decoding: document.body, as: UTF8.self)
                #expect(!headers.contains("If-None-Match"))
                #expect(!headers.contains("If-Modified-Since"))
                #expect(headers.contains("User-Agent: \(FetchSettings.defaultUserAgent)\n"))
                #expect(headers.contains("Accept: application/rss+xml, application/atom+xml"))
                #expect(headers.contains("Accept-Encoding: "))
            }
        }
    }

    @Test func perFeedUserAgentIsSent() async throws {
        try await TestServer.with { server in
            let request = FetchRequest(feed: "f", url: server.url("/echo"), userAgent: "custom-agent/2")
            let document = try #require(await fetcher.fetch(request).document)
            #expect(String(decoding: document.body, as: UTF8.self).contains("User-Agent: custom-agent/2\n"))
        }
    }

    @Test func gzipBodyIsDecodedAndHashed() async throws {
        try await TestServer.with { server in
            let document = try #require(await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/gzip"))).document)
            let text = String(decoding: document.body, as: UTF8.self)
            #expect(text.hasPrefix("<?xml"))
            #expect(text.contains("<title>compressed</title>"))
            #expect(document.bodyHash == SHA256.hexDigest(document.body))
            #expect(document.status == 200)
        }
    }
}
