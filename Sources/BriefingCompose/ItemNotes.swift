import BriefingModel

/// Text for one item that does not come from its feeds: the editors' words remembered from an
/// earlier month, and a machine draft. Keyed by the item's lead entry id when composing.
public struct ItemNotes: Sendable, Hashable {
    /// Paragraphs remembered for the item's project, shown first, marked with their month.
    public var remembered: [GlossaryEntry]
    /// The headline from the editors' pattern (`Istio {version} 发布` filled in), and its month.
    public var headline: String?
    public var headlineMonth: String?
    public var machine: MachineDraft?

    public init(
        remembered: [GlossaryEntry] = [], headline: String? = nil, headlineMonth: String? = nil,
        machine: MachineDraft? = nil
    ) {
        self.remembered = remembered
        self.headline = headline
        self.headlineMonth = headlineMonth
        self.machine = machine
    }
}

/// The mark above machine-drafted text, so no editor takes it for checked text.
public enum MachineMark {
    public static let text = "🤖 机器初稿，请核对"
}
