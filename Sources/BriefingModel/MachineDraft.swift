/// What a model drafted for one item: a Chinese headline, a short 简介 and translated highlights.
/// Plain text; every output escapes it like feed text.
public struct MachineDraft: Sendable, Hashable, Codable {
    public var headline: String
    public var summary: String
    public var highlights: [String]

    public init(headline: String, summary: String, highlights: [String]) {
        self.headline = headline
        self.summary = summary
        self.highlights = highlights
    }
}
