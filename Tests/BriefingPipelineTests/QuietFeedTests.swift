import BriefingModel
import BriefingStore
import Foundation
import Testing

@testable import BriefingPipeline

/// Dormant feeds are marked quiet, visible beside the exclusion candidates, never dropped.
@Suite(.serialized) struct QuietFeedTests {
    private let now = Date(timeIntervalSince1970: 1_780_000_000)
    private let ninetyDays: Duration = .seconds(90 * 86_400)

    @Test func aFeedIsQuietOnceItsNewestEntryIsOlderThanQuietAfter() {
        let day: TimeInterval = 86_400
        let recent = now.addingTimeInterval(-89 * day)
        let old = now.addingTimeInterval(-91 * day)
        #expect(!QuietFeed.isQuiet(newestEntry: recent, fetched: true, now: now, quietAfter: ninetyDays))
        #expect(QuietFeed.isQuiet(newestEntry: old, fetched: true, now: now, quietAfter: ninetyDays))
        #expect(!QuietFeed.isQuiet(newestEntry: old, fetched: true, now: now, quietAfter: .seconds(100 * 86_400)))
    }

    @Test func anEmptyFeedIsQuietOnlyOnceItWasFetched() {
        #expect(QuietFeed.isQuiet(newestEntry: nil, fetched: true, now: now, quietAfter: ninetyDays))
        #expect(!QuietFeed.isQuiet(newestEntry: nil, fetched: false, now: now, quietAfter: ninetyDays))
    }

    @Test func aDisabledFeedIsNeverQuiet() {
        let old = now.addingTimeInterval(-400 * 86_400)
        func report(_ status: FeedStatus) -> FeedReport {
            FeedReport(
                name: "f", url: "https://example.org/f", effectiveURL: nil, status: status, lastError: nil,
                errorCount: 0, entries: 3, lastSuccess: old, nextFetchAt: nil, gone: false, newestEntry: old)
        }
        #expect(QuietFeed.isQuiet(report(.ok), settings: FetchSettings(), now: now))
        #expect(!QuietFeed.isQuiet(report(.disabled), settings: FetchSettings(), now: now))
    }

    @Test func theLabelNamesTheDayInTheConfiguredZone() throws {
        let lateMay = try #require(ISO8601DateFormatter().date(from: "2025-05-31T17:00:00Z"))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(QuietFeed.label(newestEntry: lateMay, timeZone: shanghai) == "quiet since 2025-06-01")
        #expect(QuietFeed.label(newestEntry: nil, timeZone: shanghai) == "quiet: no entries")
    }

    @Test func feedsMarksQuietFeedsAndHonoursQuietAfter() throws {
        let (sandbox, server) = try Sandbox.servingTwoFeeds()
        defer { withExtendedLifetime(server) {} }
        #expect(try sandbox.run(["fetch"]).status == 0)
        // The fixtures' entries are from 2025: quiet under the 90-day default.
        let table = try sandbox.run(["feeds"]).stdout
        #expect(table.contains("etcd\tok\t2 entries\t0 errors [quiet since 2025-"), "\(table)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try sandbox.run(["feeds", "--json"]).stdout.utf8))
                as? [[String: Any]])
        #expect(json.map { $0["quiet"] as? Bool } == [true, true])
        #expect((json.first?["newest_entry"] as? String)?.hasPrefix("2025-") == true)

        // A quiet_after longer than the fixtures' age: nobody is quiet.
        let config = try sandbox.read("feeds.yaml")
            .replacingOccurrences(of: "connect_timeout: 2s}", with: "connect_timeout: 2s, quiet_after: 36500d}")
        try config.write(to: sandbox.file("feeds.yaml"), atomically: true, encoding: .utf8)
        let relaxed = try sandbox.run(["feeds"]).stdout
        #expect(!relaxed.contains("quiet"), "\(relaxed)")
    }
}
