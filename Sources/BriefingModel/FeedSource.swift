import Foundation

/// What kind of source a feed is: a project's own feed (releases, project blog) or a news source.
public enum FeedKind: String, CaseIterable, Sendable, Codable, Hashable {
    case project
    case news
}

/// Which releases of a project feed are candidates for the draft (the rest stay stored).
public enum ReleasePolicy: String, CaseIterable, Sendable, Codable, Hashable {
    /// Every release, including patch releases and pre-releases.
    case all
    /// Minor and major releases (x.y.0); patch releases and pre-releases are dropped.
    case minor
    /// Major releases (x.0.0) only.
    case major
}

/// One feed as the user configured it in feeds.yaml.
public struct FeedSource: Sendable, Hashable, Codable {
    /// Unique name of the feed, used in the store, in the draft and on the command line.
    public var name: String
    /// The URL to fetch (http, https or file).
    public var url: String
    public var kind: FeedKind
    /// When set, every entry of this feed goes to this section.
    public var section: Section?
    public var releases: ReleasePolicy
    public var enabled: Bool
    /// Per-feed overrides of the fetch settings; `nil` means the global value.
    public var userAgent: String?
    public var maxBytes: Int?
    public var timeout: Duration?
    /// How much this source counts when several sources carry a story (default 1.0).
    public var weight: Double

    public init(
        name: String, url: String, kind: FeedKind = .news, section: Section? = nil,
        releases: ReleasePolicy = .minor, enabled: Bool = true, userAgent: String? = nil,
        maxBytes: Int? = nil, timeout: Duration? = nil, weight: Double = 1.0
    ) {
        self.name = name
        self.url = url
        self.kind = kind
        self.section = section
        self.releases = releases
        self.enabled = enabled
        self.userAgent = userAgent
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.weight = weight
    }
}
