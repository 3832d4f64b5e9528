import Foundation

/// How feeds are fetched (`fetch:` in feeds.yaml).
public struct FetchSettings: Sendable, Hashable {
    public var concurrency: Int
    public var perHost: Int
    public var timeout: Duration
    public var connectTimeout: Duration
    public var maxBytes: Int
    public var userAgent: String
    /// The editors' e-mail address or site (`fetch.contact`), named in the default User-Agent.
    public var contact: String?
    /// Consecutive failures after which `briefing feeds` lists a feed as an exclusion candidate.
    public var failureThreshold: Int
    /// When no feed has succeeded for longer than this, `run` fails (exit 3) so cron mails it,
    /// even while every feed waits in back-off.
    public var alertAfter: Duration = .seconds(24 * 3600)
    /// The least time between a transient failure (timeout, reset, 5xx without Retry-After) and its
    /// one retry later in the same run, so a host that just stumbled is not asked again at once.
    public var retryDelay: Duration
    /// A feed with no new entry for this long is listed as quiet by `briefing feeds` and `check-feeds`.
    public var quietAfter: Duration

    /// `briefing/VERSION` alone: the tool names no page that is not the user's own.
    public static let defaultUserAgent = userAgent(contact: nil)

    /// `briefing/VERSION`, plus `(+mailto:ADDRESS)` or `(+URL)` for the user's contact, the form
    /// feed owners look for when a crawler misbehaves.
    public static func userAgent(contact: String?) -> String {
        let product = "briefing/\(BriefingVersion.current)"
        guard let contact else { return product }
        let link = contact.contains("://") ? contact : "mailto:\(contact)"
        return "\(product) (+\(link))"
    }

    public init(
        concurrency: Int = 8, perHost: Int = 2, timeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10), maxBytes: Int = 16 << 20,
        userAgent: String = FetchSettings.defaultUserAgent, contact: String? = nil, failureThreshold: Int = 5,
        retryDelay: Duration = .seconds(10), quietAfter: Duration = .seconds(90 * 86_400)
    ) {
        self.concurrency = concurrency
        self.perHost = perHost
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
        self.contact = contact
        self.failureThreshold = failureThreshold
        self.retryDelay = retryDelay
        self.quietAfter = quietAfter
    }
}

/// How entries are classified, scored and grouped (`classify:` in feeds.yaml).
public struct ClassifySettings: Sendable, Hashable {
    /// Below this confidence an item is marked for review in the draft.
    public var reviewThreshold: Double
    /// At most this many items per section; the rest are "more candidates".
    public var sectionCap: Int
    public var sectionCaps: [Section: Int]
    /// Title similarity (0...1) above which entries of different feeds are one story.
    public var similarity: Double
    /// Topic vocabulary that raises relevance; empty means the built-in cloud-native one.
    public var vocabulary: [String]
    /// Entries scoring below this are not draft candidates (they stay stored); see the README's
    /// "How a decision is made".
    public var minScore: Double
    /// At most this many items per section in the 更多候选 appendix; the rest are counted.
    public var morePerSection: Int
    /// At most this many items in the whole body (a month's issue holds ~40–70 stories): sections
    /// compete for them by score, each within its cap; items the editors placed always count.
    public var bodyItems: Int
    /// Besides every item below `reviewThreshold`, the least confident body items are marked for
    /// review until this share (0–1) of the body is: the editors' attention goes where a wrong
    /// section is most likely, whatever the month's confidences.
    public var reviewShare: Double

    public init(
        reviewThreshold: Double = 0.5, sectionCap: Int = 20, sectionCaps: [Section: Int] = [:],
        similarity: Double = 0.6, vocabulary: [String] = [], minScore: Double = 0.5, morePerSection: Int = 10,
        bodyItems: Int = 60, reviewShare: Double = 0.25
    ) {
        self.reviewThreshold = reviewThreshold
        self.sectionCap = sectionCap
        self.sectionCaps = sectionCaps
        self.similarity = similarity
        self.vocabulary = vocabulary
        self.minScore = minScore
        self.morePerSection = morePerSection
        self.bodyItems = bodyItems
        self.reviewShare = reviewShare
    }

    public func cap(for section: Section) -> Int { sectionCaps[section] ?? sectionCap }
}

/// How the draft is written (`title`, `timezone`, `drafts`, `template` in feeds.yaml).
public struct DraftSettings: Sendable, Hashable {
    /// Title template; `{year}` and `{month}` (two digits) are replaced.
    public var titleTemplate: String
    public var timeZone: TimeZone
    /// Absolute path of the drafts folder.
    public var directory: String
    /// Absolute path of a custom template, if any.
    public var templatePath: String?
    /// Days into a month during which `run` still refreshes the previous month's draft, so an
    /// entry of its last evening reaches it (`draft.grace_days`).
    public var graceDays = 7
    /// True brings back the empty `#### 简介 / 特点 / 拓展阅读` headings under every item, for teams
    /// that write into placeholders (`draft.scaffold`); by default a sub-heading appears only
    /// with something under it.
    public var scaffold = false

    public init(
        titleTemplate: String = "{year}.{month} 云原生相关信息简报",
        timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!,
        directory: String = "drafts", templatePath: String? = nil
    ) {
        self.titleTemplate = titleTemplate
        self.timeZone = timeZone
        self.directory = directory
        self.templatePath = templatePath
    }

    /// The title of the draft for `month`.
    public func title(for month: Month) -> String {
        let monthText = month.month < 10 ? "0\(month.month)" : "\(month.month)"
        return titleTemplate.replacingOccurrences(of: "{year}", with: "\(month.year)")
            .replacingOccurrences(of: "{month}", with: monthText)
    }
}

/// The version the tool reports in `--version` and its User-Agent.
public enum BriefingVersion {
    public static let current = "0.1.0"
}
