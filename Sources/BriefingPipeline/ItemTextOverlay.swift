import BriefingModel

/// Puts the editors' item texts into a plan before it is rendered: the Chinese headline in place
/// of the lead's title, the Chinese summary in place of the lead's excerpt. The lead's own title
/// stays on its source line, so `learn` still ties the item to its entries.
enum ItemTextOverlay {
    static func apply(_ texts: [Int64: ItemText], to plan: DraftPlan) -> DraftPlan {
        guard !texts.isEmpty else { return plan }
        var copy = plan
        copy.items = plan.items.mapValues { $0.map { apply(texts, to: $0) } }
        copy.moreCandidates = plan.moreCandidates.mapValues { $0.map { apply(texts, to: $0) } }
        return copy
    }

    /// The item with the text of the first of its entries that has one.
    static func apply(_ texts: [Int64: ItemText], to item: DraftItem) -> DraftItem {
        guard let text = item.entries.lazy.compactMap({ texts[$0.id] }).first else { return item }
        var copy = item
        if !text.headline.isEmpty { copy.headline = text.headline }
        if !text.summary.isEmpty { copy.lead.summary = text.summary }
        return copy
    }
}
