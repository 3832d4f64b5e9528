import BriefingModel
import BriefingStore
import Foundation

/// Tells dormant sources from live ones: a feed is quiet when it has had no new entry for
/// `fetch.quiet_after` (90 days by default).
///
/// Quiet is shown beside the exclusion candidates and never drops a feed by itself: a project
/// that has not released for a year (cloudevents) may still ship the next version.
public enum QuietFeed {
    /// True when the newest entry is older than `quietAfter` before `now`, or when a feed that was
    /// fetched has no entry at all. A feed that never answered is not quiet: nothing is known yet.
    public static func isQuiet(newestEntry: Date?, fetched: Bool, now: Date, quietAfter: Duration) -> Bool {
        guard let newestEntry else { return fetched }
        return newestEntry < now.addingTimeInterval(-quietAfter.timeInterval)
    }

    /// Whether the stored feed of `report` is quiet at `now`; a disabled feed is not fetched, so
    /// its silence says nothing about the source.
    public static func isQuiet(_ report: FeedReport, settings: FetchSettings, now: Date) -> Bool {
        guard report.status != .disabled else { return false }
        return isQuiet(
            newestEntry: report.newestEntry, fetched: report.lastSuccess != nil, now: now,
            quietAfter: settings.quietAfter)
    }

    /// `quiet since 2025-05-31` (the newest entry's day in `timeZone`), or `quiet: no entries`.
    public static func label(newestEntry: Date?, timeZone: TimeZone) -> String {
        guard let newestEntry else { return "quiet: no entries" }
        return "quiet since \(day(of: newestEntry, in: timeZone))"
    }

    /// `2025-05-31`: the day `date` falls on in `timeZone`.
    public static func day(of date: Date, in timeZone: TimeZone) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: timeZone).year().month().day())
    }

}
