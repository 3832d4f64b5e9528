import Foundation

/// The syndication format a document was sniffed as, with the names of the conformance corpus.
public enum FeedFormat: String, Sendable, Codable, Hashable {
    case rss20
    case rss10
    case rss09x
    case atom10
    case atom03
    case json
    /// Not a feed, or a feed whose version cannot be told (e.g. `<rss>` with no version).
    case unknown
}

/// An enclosure (podcast audio, attached file) of an entry.
public struct Enclosure: Sendable, Hashable, Codable {
    public var url: String
    public var type: String?
    public var length: Int?

    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

/// One entry exactly as the parser read it from a feed document; text fields may hold HTML.
public struct ParsedEntry: Sendable, Hashable, Codable {
    /// guid / Atom id / JSON Feed id, as written.
    public var id: String?
    public var title: String?
    /// The entry's link (Atom `rel="alternate"` first), resolved against xml:base / the document URL.
    public var link: String?
    public var published: Date?
    public var updated: Date?
    /// Display strings of the authors, in document order.
    public var authors: [String]
    /// Summary/description; HTML for RSS descriptions and Atom `type="html"`.
    public var summary: String?
    /// Full content (`content:encoded`, Atom `content`), HTML unless the feed said text.
    public var content: String?
    public var categories: [String]
    public var enclosures: [Enclosure]

    /// Inlinable: the parser makes one per entry, and a call across modules copied it twice.
    @inlinable
    public init(
        id: String? = nil, title: String? = nil, link: String? = nil, published: Date? = nil,
        updated: Date? = nil, authors: [String] = [], summary: String? = nil, content: String? = nil,
        categories: [String] = [], enclosures: [Enclosure] = []
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.authors = authors
        self.summary = summary
        self.content = content
        self.categories = categories
        self.enclosures = enclosures
    }
}

/// A whole feed document as the parser read it.
public struct ParsedFeed: Sendable, Hashable, Codable {
    public var format: FeedFormat
    /// True when the document was not well-formed or had an encoding problem (feedparser's `bozo`).
    public var bozo: Bool
    /// Why the document is bozo, for diagnostics.
    public var bozoReason: String?
    public var title: String?
    public var link: String?
    public var subtitle: String?
    public var updated: Date?
    public var language: String?
    public var author: String?
    public var icon: String?
    public var entries: [ParsedEntry]
    /// False when the XML was cut off or ill-formed (not merely in a doubtful encoding): entries
    /// may be missing, and the fetch reports it as a notice on the feed.
    public var wellFormed = true
    /// Entries the document ended inside of, kept because they had a title and a link.
    public var cutOffEntries = 0

    public init(
        format: FeedFormat, bozo: Bool = false, bozoReason: String? = nil, title: String? = nil,
        link: String? = nil, subtitle: String? = nil, updated: Date? = nil, language: String? = nil,
        author: String? = nil, icon: String? = nil, entries: [ParsedEntry] = []
    ) {
        self.format = format
        self.bozo = bozo
        self.bozoReason = bozoReason
        self.title = title
        self.link = link
        self.subtitle = subtitle
        self.updated = updated
        self.language = language
        self.author = author
        self.icon = icon
        self.entries = entries
    }
}
