import BriefingModel
import Foundation
import Testing

@testable import BriefingFetch

/// Collects the outcomes `fetchAll` reports, in the order it reports them.
private actor Reported {
    var outcomes: [(url: String, outcome: FetchOutcome)] = []

    func add(_ request: FetchRequest, _ outcome: FetchOutcome) { outcomes.append((request.url, outcome)) }
}

/// A transient failure is retried once, late in the same run; 429 and other failures are not.
@Suite(.timeLimit(.minutes(1)))
struct RetryTests {
    private let settings = FetchSettings(
        concurrency: 1, perHost: 1, timeout: .seconds(1), connectTimeout: .seconds(1), retryDelay: .milliseconds(50))

    private func fetchAll(
        _ paths: [String], on server: TestServer, retrying: Bool = true
    ) async -> [(url: String, outcome: FetchOutcome)] {
        let requests = paths.map { path in
            FetchRequest(feed: path, url: server.url(path), timeout: settings.timeout)
        }
        let reported = Reported()
        await FeedFetcher(settings: settings).fetchAll(requests, retryingTransientFailures: retrying) {
            await reported.add($0, $1)
        }
        return await reported.outcomes
    }

    /// The paths the server was asked for, in order.
    private func log(_ server: TestServer) async throws -> [String] {
        let outcome = await FeedFetcher().fetch(FetchRequest(feed: "log", url: server.url("/log")))
        let text = String(decoding: try #require(outcome.document).body, as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    @Test(arguments: ["503", "500", "502", "hang", "reset"])
    func aTransientFailureIsRetriedOnceAndThenWorks(how: String) async throws {
        try await TestServer.with { server in
            let path = "/flaky/\(how)/\(how)"
            let outcomes = await fetchAll([path], on: server)
            #expect(outcomes.count == 1)
            #expect(outcomes.first?.outcome.document != nil, "\(String(describing: outcomes.first?.outcome))")
            let requested = try await log(server)
            #expect(requested == [path, path])
        }
    }

    @Test func theRetryComesAfterEveryFirstAttempt() async throws {
        try await TestServer.with { server in
            let paths = ["/flaky/late/503", "/feed?n=1", "/feed?n=2"]
            let outcomes = await fetchAll(paths, on: server)
            #expect(outcomes.map(\.url) == [server.url("/feed?n=1"), server.url("/feed?n=2"), server.url(paths[0])])
            #expect(outcomes.allSatisfy { $0.outcome.document != nil })
            let requested = try await log(server)
            #expect(requested == paths + [paths[0]])
        }
    }

    @Test func aSecondFailureIsFinalAndSaysItWasRetried() async throws {
        try await TestServer.with { server in
            let outcomes = await fetchAll(["/status/500"], on: server)
            let failure = try #require(outcomes.first?.outcome.failure)
            #expect(failure.kind == .http(status: 500))
            #expect(failure.attempts == 2)
            #expect(
                failure.message
                    == "\(server.url("/status/500")): HTTP 500; open the URL in a browser to check it; briefing "
                    + "retries with back-off; it failed again when retried later in this run")
            let requested = try await log(server)
            #expect(requested == ["/status/500", "/status/500"])
        }
    }

    @Test(arguments: ["/retry-seconds", "/retry-date", "/status/404", "/status/410", "/html"])
    func rateLimitsAndLastingFailuresAreNotRetried(path: String) async throws {
        try await TestServer.with { server in
            let outcomes = await fetchAll([path], on: server)
            #expect(outcomes.first?.outcome.failure?.attempts == 1)
            let requested = try await log(server)
            #expect(requested == [path])
        }
    }

    @Test func aCheckWithoutRetriesAsksOnce() async throws {
        try await TestServer.with { server in
            let outcomes = await fetchAll(["/flaky/once/503"], on: server, retrying: false)
            #expect(outcomes.first?.outcome.failure?.kind == .http(status: 503))
            let requested = try await log(server)
            #expect(requested == ["/flaky/once/503"])
        }
    }

    @Test func transientKindsAreTimeoutsResetsAndServerErrors() {
        func failure(_ kind: FetchFailure.Kind) -> FetchFailure { FetchFailure(url: "https://x/", kind: kind) }
        #expect(failure(.timeout(limit: .seconds(30))).isTransient)
        #expect(failure(.partialBody).isTransient)
        #expect(failure(.connectionReset(message: "Connection reset by peer")).isTransient)
        #expect(failure(.http(status: 504)).isTransient)
        #expect(!failure(.http(status: 404)).isTransient)
        #expect(!failure(.rateLimited(retryAfter: nil)).isTransient)
        #expect(!failure(.network(message: "Could not resolve host: x")).isTransient)
        #expect(!failure(.gone).isTransient)
    }
}
