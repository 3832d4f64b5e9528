import BriefingModel
import Foundation
import Testing

@testable import BriefingFetch

/// The User-Agent a configured feed's request carries on the wire.
@Suite(.timeLimit(.minutes(1)))
struct UserAgentHeaderTests {
    private func sentHeaders(_ request: FetchRequest) async throws -> String {
        let outcome = await FeedFetcher().fetch(request)
        return String(decoding: try #require(outcome.document).body, as: UTF8.self)
    }

    @Test func theContactIsSentAndAFeedsOwnAgentWins() async throws {
        try await TestServer.with { server in
            let settings = FetchSettings(userAgent: FetchSettings.userAgent(contact: "desk@example.org"))
            let plain = FeedSource(name: "a", url: server.url("/echo"))
            let own = FeedSource(name: "b", url: server.url("/echo?b"), userAgent: "Mozilla/5.0 (X11)")
            let first = try await sentHeaders(FetchRequest(source: plain, health: nil, settings: settings))
            #expect(first.contains("User-Agent: briefing/\(BriefingVersion.current) (+mailto:desk@example.org)\n"))
            let second = try await sentHeaders(FetchRequest(source: own, health: nil, settings: settings))
            #expect(second.contains("User-Agent: Mozilla/5.0 (X11)\n"))
        }
    }
}
