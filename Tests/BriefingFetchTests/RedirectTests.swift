import Foundation
import Testing

@testable import BriefingFetch

@Suite(.timeLimit(.minutes(1)))
struct RedirectTests {
    private let fetcher = FeedFetcher()

    private func fetch(_ server: TestServer, _ path: String, etag: String? = nil) async -> FetchOutcome {
        await fetcher.fetch(FetchRequest(feed: "f", url: server.url(path), etag: etag))
    }

    @Test func chainOfPermanentRedirectsIsRemembered() async throws {
        try await TestServer.with { server in
            let document = try #require(await fetch(server, "/chain/301/308").document)
            #expect(document.permanentRedirect == server.url("/chain/"))
            #expect(document.finalURL == server.url("/chain/"))
        }
    }

    @Test(arguments: ["/chain/301/302", "/chain/302/301", "/chain/307", "/chain/308/307/301"])
    func temporaryHopMeansNoPermanentRedirect(path: String) async throws {
        try await TestServer.with { server in
            let document = try #require(await fetch(server, path).document)
            #expect(document.permanentRedirect == nil)
            #expect(document.finalURL == server.url("/chain/"))
        }
    }

    @Test func noRedirectMeansNoPermanentRedirect() async throws {
        try await TestServer.with { server in
            let document = try #require(await fetch(server, "/chain/").document)
            #expect(document.permanentRedirect == nil)
        }
    }

    @Test func permanentRedirectToNotModifiedIsReported() async throws {
        try await TestServer.with { server in
            let outcome = await fetch(server, "/chain/308/301", etag: #"W/"7f-a b;c=d""#)
            #expect(outcome == .notModified(permanentRedirect: server.url("/chain/")))
        }
    }

    @Test func tenRedirectsAreFollowed() async throws {
        try await TestServer.with { server in
            let path = "/chain/" + Array(repeating: "301", count: 10).joined(separator: "/")
            let document = try #require(await fetch(server, path).document)
            #expect(document.permanentRedirect == server.url("/chain/"))
        }
    }

    @Test func moreThanTenRedirectsFail() async throws {
        try await TestServer.with { server in
            let eleven = "/chain/" + Array(repeating: "301", count: 11).joined(separator: "/")
            #expect(await fetch(server, eleven).failure?.kind == .tooManyRedirects)
            let loop = await fetch(server, "/loop/0").failure
            #expect(loop?.kind == .tooManyRedirects)
            #expect(
                loop?.message
                    == "\(server.url("/loop/0")): more than 10 redirects; open the URL in a browser and put "
                    + "the final feed URL in feeds.yaml")
        }
    }

    @Test(arguments: ["file", "ftp"])
    func redirectToAnotherSchemeIsRefused(scheme: String) async throws {
        try await TestServer.with { server in
            #expect(await fetch(server, "/to-scheme/\(scheme)").failure?.kind == .unsupportedScheme)
        }
    }

    @Test(arguments: ["ftp://127.0.0.1/feed.xml", "gopher://127.0.0.1/", "javascript:alert(1)"])
    func otherSchemesAreRefused(url: String) async {
        let outcome = await fetcher.fetch(FetchRequest(feed: "f", url: url))
        #expect(outcome.failure?.kind == .unsupportedScheme)
    }
}
