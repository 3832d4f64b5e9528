import Foundation

/// The editors' Chinese headline and summary of one draft item, written in `briefing serve`.
/// It is kept by the id of an entry of the item (the lead when it was written), so the item
/// keeps its text while new entries join it.
public struct ItemText: Sendable, Hashable, Codable {
    public var entryID: Int64
    /// Empty: the draft shows the lead's title.
    public var headline: String
    /// Empty: the draft shows the excerpt of the lead.
    public var summary: String
    public var at: Date

    public init(entryID: Int64, headline: String, summary: String, at: Date) {
        self.entryID = entryID
        self.headline = headline
        self.summary = summary
        self.at = at
    }

    /// True when neither a headline nor a summary is written (the text is then removed).
    public var isEmpty: Bool { headline.isEmpty && summary.isEmpty }
}
