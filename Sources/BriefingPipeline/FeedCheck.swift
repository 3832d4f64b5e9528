import Foundation

/// What `briefing check-feeds` found at one feed's URL, fetched once and stored nowhere.
public struct FeedCheck: Sendable, Hashable {
    /// The feed's name and URL as written in feeds.yaml.
    public var name: String
    public var url: String
    /// The HTTP status of the final response; nil for a file URL or when no response came.
    public var status: Int?
    /// Where the body came from after redirects, when that is not `url`.
    public var finalURL: String?
    /// True when every redirect was permanent (301/308): feeds.yaml should say `finalURL`.
    public var movedPermanently: Bool
    /// `rss20`, `atom10`, `json`…; nil when no feed came back.
    public var format: String?
    public var entries: Int
    /// The newest date (published, else updated) among the entries; nil when none is dated.
    public var newestEntry: Date?
    /// No entry newer than `fetch.quiet_after`, or no entry at all.
    public var quiet: Bool
    /// Why no feed came back (names the URL and what to do); nil when one did.
    public var problem: String?

    public init(
        name: String, url: String, status: Int? = nil, finalURL: String? = nil, movedPermanently: Bool = false,
        format: String? = nil, entries: Int = 0, newestEntry: Date? = nil, quiet: Bool = false,
        problem: String? = nil
    ) {
        self.name = name
        self.url = url
        self.status = status
        self.finalURL = finalURL
        self.movedPermanently = movedPermanently
        self.format = format
        self.entries = entries
        self.newestEntry = newestEntry
        self.quiet = quiet
        self.problem = problem
    }

    /// True when a feed came back.
    public var isFeed: Bool { problem == nil }
}
