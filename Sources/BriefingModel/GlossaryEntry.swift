import Foundation

/// Text the editors wrote about a project (or, for news groups, an organisation) in a finished
/// draft, kept by `learn` so a later month's item about it starts from their words.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// What the text is, after the sub-headings of the reference layout.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The "X 是什么" paragraph.
        case intro
        /// The "典型适用场景" list.
        case scenarios
        /// The "背景" paragraph of a news item about an organisation.
        case background
        /// The headline with the version as a slot: `Istio {version} 发布`.
        case headline
    }

    /// The month of a text set by hand (`briefing glossary edit`): shown in every month.
    public static let editedMonth = "edit"
    /// Where a headline pattern takes the new version.
    public static let versionSlot = "{version}"

    /// The project or organisation as the editors named it (`Istio`, `etcd`, `Nutanix`).
    public var name: String
    public var kind: Kind
    /// The sub-heading the text sat under (`Istio 是什么`); for a headline, the version as the
    /// editors wrote it (`1.26`), which shapes how a later version is shown.
    public var heading: String
    /// The lines the editors wrote, in order.
    public var lines: [String]
    /// The month of the finished draft it came from, `YYYY-MM`, or `edit` when set by hand.
    public var month: String
    public var updatedAt: Date

    public init(name: String, kind: Kind, heading: String, lines: [String], month: String, updatedAt: Date) {
        self.name = name
        self.kind = kind
        self.heading = heading
        self.lines = lines
        self.month = month
        self.updatedAt = updatedAt
    }
}
