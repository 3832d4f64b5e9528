import BriefingConfig
import BriefingModel
import BriefingStore
import Foundation
import Testing

@testable import BriefingPipeline

/// In a run, a transient failure is retried before it counts: once retried it is one failure, not two.
@Suite(.serialized) struct TransientRetryRunTests {
    private func updater(feeds: [(String, String)]) throws -> (FeedUpdater, Store, Sandbox, FeedServer) {
        let sandbox = try Sandbox()
        try sandbox.serve("news.rss")
        try sandbox.serve("etcd-releases.atom")
        let server = try FeedServer(root: sandbox.served)
        try sandbox.writeConfig(port: server.port, feeds: feeds.map { ($0.0, $0.1, "news") })
        var config = try ConfigLoader.load(path: sandbox.file("feeds.yaml").path)
        config.fetch.retryDelay = .milliseconds(50)
        let store = try Store.inMemory()
        try store.syncFeeds(config.feeds)
        return (FeedUpdater(workspace: Workspace(config: config, store: store)), store, sandbox, server)
    }

    @Test func aFeedThatWorksOnItsRetryIsNoFailure() async throws {
        let (updater, store, sandbox, server) = try updater(feeds: [
            ("news", "flaky/news.rss"), ("etcd", "etcd-releases.atom"),
        ])
        defer { withExtendedLifetime((sandbox, server)) {} }
        let report = try await updater.update()
        #expect(report.failures.isEmpty)
        #expect(report.ok == 2)
        let health = try #require(try store.health(forFeed: "news"))
        #expect(health.errorCount == 0 && health.lastError == nil && health.nextFetchAt == nil)
        #expect(try store.entries(feed: "news").count == 2)
    }

    @Test func aFeedThatFailsAgainCountsOnceAndSaysSo() async throws {
        let (updater, store, sandbox, server) = try updater(feeds: [("down", "unavailable/news.rss")])
        defer { withExtendedLifetime((sandbox, server)) {} }
        let report = try await updater.update()
        let message = try #require(report.failures.first?.message)
        #expect(
            message
                == "http://127.0.0.1:\(server.port)/unavailable/news.rss: HTTP 503; open the URL in a browser to "
                + "check it; briefing retries with back-off; it failed again when retried later in this run")
        let health = try #require(try store.health(forFeed: "down"))
        #expect(health.errorCount == 1)
        #expect(health.lastStatus == 503)
    }
}
