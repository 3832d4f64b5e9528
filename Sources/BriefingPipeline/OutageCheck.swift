import BriefingModel
import BriefingStore
import Foundation

/// Tells a quiet outage from a quiet day: when no enabled feed has succeeded for longer than
/// `fetch.alert_after` (or none ever has), `run` must fail loudly even though every feed is
/// waiting in back-off and nothing failed in this very run.
struct OutageCheck {
    let workspace: Workspace

    /// The outage, if there is one at `now`.
    func outage(at now: Date) throws -> Outage? {
        let enabled = Set(workspace.config.feeds.filter(\.enabled).map(\.name))
        let reports = try workspace.store.feedReports(at: now).filter { enabled.contains($0.name) && !$0.gone }
        guard !reports.isEmpty else { return nil }
        let lastSuccess = reports.compactMap(\.lastSuccess).max()
        if let lastSuccess, now.timeIntervalSince(lastSuccess) <= workspace.config.fetch.alertAfter.timeInterval {
            return nil
        }
        let errors = reports.compactMap(\.lastError)
        guard !errors.isEmpty || lastSuccess != nil else { return nil }
        let common = Self.mostCommon(errors)
        return Outage(
            since: lastSuccess, now: now, feeds: reports.count, commonError: common?.error,
            commonCount: common?.count ?? 0,
            timeZone: workspace.config.draft.timeZone)
    }

    /// The error most feeds share, and how many share it. Two feeds share an error when its text is
    /// the same but for what differs from feed to feed and attempt to attempt: the URL, the feed's host
    /// where libcurl repeats it (`Could not resolve host: a.example`) and how long the attempt took
    /// (`after 0 ms`, `after 1 ms`). The text shown is the first feed's, without its URL.
    static func mostCommon(_ errors: [String]) -> (error: String, count: Int)? {
        var groups: [String: (first: String, count: Int)] = [:]
        for error in errors {
            let (url, text) = split(error)
            groups[shape(text, url: url), default: (text, 0)].count += 1
        }
        return groups.max { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }
            .map { (error: $0.value.first, count: $0.value.count) }
    }

    /// `https://x/feed: couldn't connect` → (`https://x/feed`, `couldn't connect`); nil for the URL
    /// when the error starts with none.
    private static func split(_ error: String) -> (url: Substring?, text: String) {
        guard let colon = error.range(of: ": "), error[..<colon.lowerBound].contains("://") else { return (nil, error) }
        return (error[..<colon.lowerBound], String(error[colon.upperBound...]))
    }

    /// The error without its URL, with the URL's host as `HOST` and every elapsed time as `N`.
    static func shape(_ error: String) -> String {
        let (url, text) = split(error)
        return shape(text, url: url)
    }

    private static func shape(_ text: String, url: Substring?) -> String {
        var text = text
        if let url, let host = URLComponents(string: String(url))?.host, !host.isEmpty {
            text = text.replacingOccurrences(of: host, with: "HOST")
        }
        return withoutElapsedTimes(text)
    }

    /// `after 12 ms`, `after 3001 milliseconds` → `after N ms`, `after N milliseconds`: libcurl says
    /// how long a failed connect or resolve took, which differs between feeds that failed the same way.
    private static func withoutElapsedTimes(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let units: Set<Substring> = ["ms", "milliseconds", "s", "seconds"]
        return words.indices.map { index in
            let word = words[index]
            let isElapsedTime =
                index + 1 < words.count && !word.isEmpty && word.allSatisfy { ("0"..."9").contains($0) }
                && units.contains(words[index + 1].prefix { $0.isLetter })
            return isElapsedTime ? "N" : word
        }.joined(separator: " ")
    }
}

/// No feed has worked for a while: what cron mails, in one line.
public struct Outage: Sendable, Hashable {
    /// The last success of any feed; nil when none ever succeeded.
    public var since: Date?
    public var now: Date
    public var feeds: Int
    public var commonError: String?
    public var commonCount: Int
    var timeZone: TimeZone

    public var message: String {
        let how: String
        if let since {
            let local = LocalTime.minutes(since, in: timeZone)
            how = "no feed has succeeded for \(Self.span(now.timeIntervalSince(since))) (since \(local))"
        } else {
            how = "no feed has ever been fetched successfully (\(feeds) feeds)"
        }
        let error = commonError.map { "; the most common error (\(commonCount) of \(feeds) feeds): \($0)" } ?? ""
        return how + error + "; check the network or proxy, then 'briefing feeds'. The draft was not rewritten"
    }

    /// `2 days 3 hours`, `5 hours`, `40 minutes`.
    static func span(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        let (days, hours) = (minutes / 1440, minutes % 1440 / 60)
        func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
        if days > 0 { return unit(days, "day") + (hours > 0 ? " " + unit(hours, "hour") : "") }
        if hours > 0 { return unit(hours, "hour") }
        return unit(max(minutes, 1), "minute")
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var timeInterval: TimeInterval {
        let (whole, fraction) = components
        return TimeInterval(whole) + TimeInterval(fraction) / 1e18
    }
}
