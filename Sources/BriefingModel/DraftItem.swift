/// One item of a draft: one story, led by its best entry, with the other entries about it.
public struct DraftItem: Sendable, Hashable, Codable {
    public var section: Section
    /// The entry that leads the item (best source).
    public var lead: Entry
    /// Other entries about the same story (other sources, other releases of the project).
    public var related: [Entry]
    /// Headline for a group, e.g. `Nutanix 相关的新闻与访谈三则`; nil means the lead's title.
    public var headline: String?
    /// For a release: the version, e.g. `v3.6.0`.
    public var version: String?
    public var score: Double
    public var confidence: Double
    public var why: String
    /// True when the confidence is below the review threshold.
    public var needsReview: Bool

    public init(
        section: Section, lead: Entry, related: [Entry] = [], headline: String? = nil,
        version: String? = nil, score: Double, confidence: Double, why: String, needsReview: Bool
    ) {
        self.section = section
        self.lead = lead
        self.related = related
        self.headline = headline
        self.version = version
        self.score = score
        self.confidence = confidence
        self.why = why
        self.needsReview = needsReview
    }

    /// Every entry of the item, lead first.
    public var entries: [Entry] { [lead] + related }

    /// True when an editor's label placed one of its entries (the item is then always shown).
    public var isEditorDecision: Bool { entries.contains { $0.classification?.isEditorDecision == true } }
}

/// The classified content of one month: the items chosen per section and the rest.
public struct DraftPlan: Sendable, Hashable, Codable {
    public var month: Month
    /// Chosen items, per section, in draft order.
    public var items: [Section: [DraftItem]]
    /// Items over the section cap: the "more candidates" appendix.
    public var moreCandidates: [Section: [DraftItem]]
    /// Per section, how many further candidates the appendix leaves out (`classify.more_per_section`).
    public var moreOmitted: [Section: Int]

    public init(
        month: Month, items: [Section: [DraftItem]], moreCandidates: [Section: [DraftItem]],
        moreOmitted: [Section: Int] = [:]
    ) {
        self.month = month
        self.items = items
        self.moreCandidates = moreCandidates
        self.moreOmitted = moreOmitted
    }
}
