import BriefingModel
import Foundation
import Testing

@testable import BriefingFetch

/// Collects what `fetchAll` reports.
private actor Collected {
    var outcomes: [String: FetchOutcome] = [:]

    func add(_ request: FetchRequest, _ outcome: FetchOutcome) { outcomes[request.url] = outcome }
}

@Suite(.timeLimit(.minutes(1)))
struct ConcurrencyTests {
    private func peak(_ server: TestServer, key: String) async throws -> Int {
        let outcome = await FeedFetcher().fetch(FetchRequest(feed: "peak", url: server.url("/peak/\(key)")))
        return Int(String(decoding: try #require(outcome.document).body, as: UTF8.self)) ?? -1
    }

    private func fetchAll(_ server: TestServer, key: String, count: Int, settings: FetchSettings) async -> Collected {
        let requests = (0..<count).map { FetchRequest(feed: "f\($0)", url: server.url("/slow/\(key)/300?n=\($0)")) }
        let collected = Collected()
        await FeedFetcher(settings: settings).fetchAll(requests) { request, outcome in
            await collected.add(request, outcome)
        }
        return collected
    }

    @Test func perHostLimitIsHonoured() async throws {
        try await TestServer.with { server in
            let collected = await fetchAll(
                server, key: "host", count: 6, settings: FetchSettings(concurrency: 8, perHost: 2))
            let outcomes = await collected.outcomes
            #expect(outcomes.count == 6)
            #expect(outcomes.values.allSatisfy { $0.document != nil })
            let peak = try await peak(server, key: "host")
            #expect(peak >= 1 && peak <= 2)
        }
    }

    @Test func concurrencyLimitIsHonoured() async throws {
        try await TestServer.with { server in
            let settings = FetchSettings(concurrency: 3, perHost: 10)
            let collected = await fetchAll(server, key: "total", count: 8, settings: settings)
            #expect(await collected.outcomes.count == 8)
            let peak = try await peak(server, key: "total")
            #expect(peak >= 1 && peak <= 3)
        }
    }

    @Test func oneFailingFeedDoesNotStopTheOthers() async throws {
        try await TestServer.with { server in
            let urls = [server.url("/status/500"), server.url("/feed"), "ftp://x/", server.url("/status/410")]
            let collected = Collected()
            await FeedFetcher().fetchAll(urls.map { FetchRequest(feed: $0, url: $0) }) { await collected.add($0, $1) }
            let outcomes = await collected.outcomes
            #expect(outcomes.count == 4)
            #expect(outcomes[server.url("/feed")]?.document != nil)
        }
    }

    @Test func hostKeyIgnoresPathAndCase() {
        #expect(HostScheduler.hostKey("http://Example.COM/a") == HostScheduler.hostKey("https://example.com/b"))
        #expect(HostScheduler.hostKey("file:///a") == HostScheduler.hostKey("file:///b"))
    }
}
