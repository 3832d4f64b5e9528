import BriefingModel
import Foundation

/// What the classifier looks at: an entry's text, link and where it came from.
///
/// Decodes from a JSON line with `title`, `summary`, `url`, `source`, `feed_kind` (and optionally
/// `categories`, `author`); missing keys are empty, other keys are ignored, an unknown `feed_kind` is news.
public struct ClassifierInput: Sendable, Codable, Hashable {
    public var title: String
    public var summary: String
    public var url: String
    /// The feed name, or the host when the entry did not come from a configured feed.
    public var source: String
    public var feedKind: FeedKind
    public var categories: [String]
    public var author: String?

    public init(
        title: String, summary: String = "", url: String = "", source: String = "", feedKind: FeedKind = .news,
        categories: [String] = [], author: String? = nil
    ) {
        self.title = title
        self.summary = summary
        self.url = url
        self.source = source
        self.feedKind = feedKind
        self.categories = categories
        self.author = author
    }

    /// The input of a stored entry; `feed` is its configured feed when it still exists.
    public init(entry: Entry, feed: FeedSource?) {
        self.init(
            title: entry.title, summary: entry.summary, url: entry.url ?? "", source: feed?.name ?? entry.feed,
            feedKind: feed?.kind ?? .news, categories: entry.categories, author: entry.author)
    }

    enum CodingKeys: String, CodingKey {
        case title, summary, url, source, categories, author
        case feedKind = "feed_kind"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? ""
        url = try container.decodeIfPresent(String.self, forKey: .url) ?? ""
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        // Only `project` changes anything; an unknown kind is read as news rather than failing the line.
        let kind = try container.decodeIfPresent(String.self, forKey: .feedKind)
        feedKind = kind.flatMap { FeedKind(rawValue: $0.lowercased()) } ?? .news
        categories = try container.decodeIfPresent([String].self, forKey: .categories) ?? []
        author = try container.decodeIfPresent(String.self, forKey: .author)
    }

    /// The link's host without `www.`, lowercased; empty when the link has none.
    public var host: String {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return "" }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
