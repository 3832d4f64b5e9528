import BriefingModel

/// What `DraftReader` found in a (possibly hand-edited) draft.
public struct ReadDraft: Sendable, Hashable {
    /// The items under the six section headings, in draft order.
    public var items: [ReadItem]
    /// Addresses listed in the "more candidates" appendix (offered, not kept).
    public var moreCandidateLinks: [String]
    /// Entry ids from the appendix's comments, where still present.
    public var moreCandidateIDs: [Int64]
    /// How many of the six section headings were recognised (0: this is no draft).
    public var sectionHeadings = 0

    public init(items: [ReadItem] = [], moreCandidateLinks: [String] = [], moreCandidateIDs: [Int64] = []) {
        self.items = items
        self.moreCandidateLinks = moreCandidateLinks
        self.moreCandidateIDs = moreCandidateIDs
    }
}

/// One `### ` item of a draft as the editor left it.
public struct ReadItem: Sendable, Hashable {
    /// The section whose heading the item sits under.
    public var section: Section
    /// The headline as written, without its number.
    public var headline: String
    /// Every http(s) address in the item, in order, without duplicates.
    public var links: [String]
    /// Entry ids from the item's `<!-- briefing: ids=… -->` comment; empty if it was removed.
    public var entryIDs: [Int64]
    /// The item's lines of text without links (source titles in the plain layout), trimmed.
    public var lines: [String]

    public init(
        section: Section, headline: String, links: [String] = [], entryIDs: [Int64] = [], lines: [String] = []
    ) {
        self.section = section
        self.headline = headline
        self.links = links
        self.entryIDs = entryIDs
        self.lines = lines
    }
}
