import BriefingModel
import Foundation

/// How much each feed publishes in a month, as a prior on each of its entries.
///
/// Editors take a handful of stories from a feed in a month whatever its volume: a forum or a
/// general-IT news site that publishes hundreds of entries does not give hundreds of times the
/// picks of a project blog. So the chance that any one entry of a feed is picked falls as the feed's
/// volume rises, and an entry of a firehose has to say more to reach the draft. The prior is in the
/// score's unit (log-odds): it loses ln 2 per doubling of the feed's monthly volume over a project
/// blog's month, which keeps a feed's expected picks the same at any volume.
public struct FeedVolume: Sendable {
    /// A project blog's month: 2–10 posts. Feeds publishing at most this much carry no prior.
    static let quietMonth = 10.0
    /// Log-odds lost per doubling of the monthly volume over `quietMonth`.
    static let perDoubling = log(2.0)
    /// A feed seen over less than this many days is counted as if it had published over a week, so
    /// two posts of one afternoon do not make a firehose.
    static let shortestSpan = 7.0 * 86_400

    /// Entries per 30 days, by feed name.
    private let monthly: [String: Double]

    /// No feed carries a prior: inputs classified outside a month (JSONL, evaluation).
    public static let none = FeedVolume(monthly: [:])

    private init(monthly: [String: Double]) {
        self.monthly = monthly
    }

    /// The volumes of `entries` (a month's: each feed's name and entry date), scaled to 30 days by the
    /// span each feed's dates cover, so a month read on its fifth day already sees a firehose.
    public init(entries: [(feed: String, date: Date)]) {
        var dates: [String: (count: Int, first: Date, last: Date)] = [:]
        for (feed, date) in entries {
            if let seen = dates[feed] {
                dates[feed] = (seen.count + 1, min(seen.first, date), max(seen.last, date))
            } else {
                dates[feed] = (1, date, date)
            }
        }
        monthly = dates.mapValues { seen in
            let span = max(seen.last.timeIntervalSince(seen.first), Self.shortestSpan)
            return Double(seen.count) * 30 * 86_400 / span
        }
    }

    /// The volumes of a month's `entries`.
    public init(_ entries: [Entry]) {
        self.init(entries: entries.map { (feed: $0.feed, date: $0.date) })
    }

    /// Entries per 30 days of `feed`, when it published any.
    public func monthlyEntries(of feed: String) -> Double? { monthly[feed] }

    /// What an entry of `feed` loses (≤ 0): nothing for a feed at or below a project blog's month.
    func prior(of feed: String) -> Double {
        guard let volume = monthly[feed], volume > Self.quietMonth else { return 0 }
        return -Self.perDoubling * log2(volume / Self.quietMonth)
    }
}
