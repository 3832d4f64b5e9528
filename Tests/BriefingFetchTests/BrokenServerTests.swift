import Foundation
import Testing

@testable import BriefingFetch

@Suite(.timeLimit(.minutes(1)))
struct BrokenServerTests {
    private let fetcher = FeedFetcher()

    private func request(_ url: String) -> FetchRequest {
        FetchRequest(feed: "f", url: url, timeout: .seconds(2), connectTimeout: .seconds(1))
    }

    @Test func resetMidBodyIsAPartialBody() async throws {
        try await TestServer.with { server in
            let outcome = await fetcher.fetch(request(server.url("/reset")))
            #expect(outcome.failure?.kind == .partialBody)
            #expect(outcome.failure?.status == 200)
        }
    }

    @Test func slowDripEndsAtTheDeadline() async throws {
        try await TestServer.with { server in
            #expect(await fetcher.fetch(request(server.url("/drip"))).failure?.kind == .timeout(limit: .seconds(2)))
        }
    }

    @Test func serverThatNeverAnswersEndsAtTheDeadline() async throws {
        try await TestServer.with { server in
            let failure = await fetcher.fetch(request(server.url("/hang"))).failure
            #expect(failure?.kind == .timeout(limit: .seconds(2)))
            #expect(
                failure?.message
                    == "\(server.url("/hang")): no complete response within 2 s; the server is slow or unreachable; "
                    + "raise timeout for this feed in feeds.yaml if it is only slow")
        }
    }

    @Test func emptyBodyIsAFailure() async throws {
        try await TestServer.with { server in
            #expect(await fetcher.fetch(request(server.url("/empty"))).failure?.kind == .emptyBody)
        }
    }
}

@Suite(.timeLimit(.minutes(1)))
struct CancellationTests {
    @Test func cancellingTheTaskEndsTheTransfer() async throws {
        try await TestServer.with { server in
            let request = FetchRequest(feed: "f", url: server.url("/hang"), timeout: .seconds(50))
            let task = Task { await FeedFetcher().fetch(request) }
            try await Task.sleep(for: .milliseconds(300))
            task.cancel()
            let outcome = await task.value
            #expect(outcome.failure?.kind == .network(message: "the fetch was cancelled"))
        }
    }
}
