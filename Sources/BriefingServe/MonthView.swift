import BriefingModel

/// What the pages of one month show, read fresh from the store on every request: the classified
/// entries, the plan the draft is made of, the editors' texts and which entries the workbench
/// has decided.
struct MonthView: Sendable {
    var month: Month
    /// Every entry of the month with its classification (labels already binding).
    var entries: [Entry]
    var plan: DraftPlan
    var texts: [Int64: ItemText]
    /// Entries whose label in force was made here (`source` "serve"): those an undo reverts.
    var decidedHere: Set<Int64>

    /// Ids of the entries the chosen items show.
    var chosenIDs: Set<Int64> {
        Set(plan.items.values.flatMap { $0.flatMap { $0.entries.map(\.id) } })
    }

    /// The text of `item`: that of the first of its entries that has one.
    func text(of item: DraftItem) -> ItemText? {
        item.entries.lazy.compactMap { texts[$0.id] }.first
    }
}
