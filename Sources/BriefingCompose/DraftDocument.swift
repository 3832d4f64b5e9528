import BriefingModel

/// The draft as data: what every output (Markdown, HTML, JSON, a custom template) shows.
/// Strings are plain text (not escaped); each renderer escapes for its own format.
struct DraftDocument: Sendable, Hashable, Codable {
    var title: String
    /// `YYYY-MM`.
    var month: String
    /// The time zone the dates are shown in, e.g. `Asia/Shanghai`.
    var timeZone: String
    /// The six sections in draft order.
    var sections: [Part]

    /// One of the six sections with its chosen items and its "more candidates".
    struct Part: Sendable, Hashable, Codable {
        var key: String
        var number: Int
        var heading: String
        var items: [Item]
        var moreCandidates: [Link]
        /// Candidates of the section left out of the appendix (`classify.more_per_section`); not part
        /// of the JSON document, whose shape the golden test holds.
        var moreOmitted: Int = 0

        enum CodingKeys: String, CodingKey {
            case key, number, heading, items, moreCandidates
        }
    }

    /// One draft item.
    struct Item: Sendable, Hashable, Codable {
        var number: Int
        var headline: String
        var section: String
        var entryIDs: [Int64]
        /// Rounded to two decimals, so text and data agree.
        var confidence: Double
        var why: String
        var needsReview: Bool
        var version: String?
        var source: Link
        var excerpt: String
        var highlights: [String]
        var furtherReading: [Link]
        /// The editors' texts about the item's project from an earlier month; nil when none.
        var remembered: [Remembered]? = nil
        /// The month whose headline pattern gave `headline`; nil when it is the feeds' own.
        var headlineFrom: String? = nil
        /// A model's draft of the item; nil when assist is off or gave nothing.
        var machine: MachineDraft? = nil
    }

    /// A text editors wrote under `heading` in the finished draft of `month`.
    struct Remembered: Sendable, Hashable, Codable {
        var heading: String
        var lines: [String]
        var isList: Bool
        var month: String
    }

    /// One entry as a link line: title, address (http(s) only), source name and local date.
    struct Link: Sendable, Hashable, Codable {
        var entryID: Int64
        var title: String
        /// The address when it is http(s); nil otherwise.
        var url: String?
        /// The address as the feed gave it, when it is not http(s) (shown as text, never linked).
        var unlinkedURL: String?
        var source: String
        /// `YYYY-MM-DD` in the draft's time zone.
        var date: String
    }
}
