import Foundation
import Testing

@testable import BriefingFetch

@Suite(.timeLimit(.minutes(1)))
struct StatusTests {
    private let fetcher = FeedFetcher()

    @Test func goneIsReportedWithWhatToDo() async throws {
        try await TestServer.with { server in
            let failure = try #require(
                await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/status/410"))).failure)
            #expect(failure.kind == .gone)
            #expect(failure.status == 410)
            #expect(
                failure.message
                    == "\(server.url("/status/410")): the server says the feed is gone (HTTP 410); briefing will "
                    + "not request it again until its URL changes in feeds.yaml; remove it or put its new URL there")
        }
    }

    @Test func retryAfterSecondsIsReadAsADelay() async throws {
        try await TestServer.with { server in
            let before = Date()
            let outcome = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/retry-seconds")))
            let after = Date()
            guard case .rateLimited(let retryAfter?)? = outcome.failure?.kind else {
                Issue.record("expected rateLimited with a date, got \(outcome)")
                return
            }
            #expect(retryAfter >= before.addingTimeInterval(120))
            #expect(retryAfter <= after.addingTimeInterval(120))
            #expect(outcome.failure?.status == 429)
        }
    }

    @Test func retryAfterHTTPDateIsReadAsAnInstant() async throws {
        try await TestServer.with { server in
            let outcome = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/retry-date")))
            // Fri, 31 Dec 2099 23:59:59 GMT
            #expect(outcome.failure?.kind == .rateLimited(retryAfter: Date(timeIntervalSince1970: 4_102_444_799)))
            #expect(outcome.failure?.status == 503)
        }
    }

    @Test(arguments: [500, 503, 404, 403])
    func otherErrorStatusesAreHTTPFailures(status: Int) async throws {
        try await TestServer.with { server in
            let failure = await fetcher.fetch(FetchRequest(feed: "f", url: server.url("/status/\(status)"))).failure
            #expect(failure?.kind == .http(status: status))
            #expect(failure?.status == status)
        }
    }

    @Test func connectionRefusedIsANetworkFailure() async throws {
        // A port the server held and released: nothing listens there any more.
        let url = try await TestServer.with { server in server.url("/feed") }
        let failure = await fetcher.fetch(FetchRequest(feed: "f", url: url)).failure
        guard case .network(let message)? = failure?.kind else {
            Issue.record("expected a network failure, got \(String(describing: failure))")
            return
        }
        #expect(!message.isEmpty)
        #expect(failure?.message.hasPrefix(url + ": ") == true)
    }
}
