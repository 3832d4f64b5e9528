import BriefingModel

/// Applies the editors' splits, merges and order to a plan: an entry split out becomes an item of
/// its own after the one it left; an entry merged joins the item showing its target; the items of
/// a section with places recorded come in that order, items new since then after them.
enum ItemArrangementOverlay {
    /// Where an item is: its section, and whether it is a "more candidates" one.
    private struct Slot: Hashable {
        var section: Section
        var isMore: Bool
    }

    static func apply(_ arrangement: ItemArrangement, to plan: DraftPlan) -> DraftPlan {
        guard !arrangement.isEmpty else { return plan }
        var lists: [Slot: [DraftItem]] = [:]
        for section in Section.allCases {
            lists[Slot(section: section, isMore: false)] = plan.items[section] ?? []
            lists[Slot(section: section, isMore: true)] = plan.moreCandidates[section] ?? []
        }
        regroup(&lists, arrangement.groupings)
        var copy = plan
        copy.items = [:]
        copy.moreCandidates = [:]
        for (slot, items) in lists where !items.isEmpty {
            let ordered = slot.isMore ? items : order(items, arrangement.positions)
            if slot.isMore { copy.moreCandidates[slot.section] = ordered } else { copy.items[slot.section] = ordered }
        }
        return copy
    }

    private static func regroup(_ lists: inout [Slot: [DraftItem]], _ groupings: [Int64: ItemArrangement.Grouping]) {
        guard !groupings.isEmpty else { return }
        var moved: [(entry: Entry, from: DraftItem, slot: Slot, grouping: ItemArrangement.Grouping)] = []
        for (slot, items) in lists {
            var kept: [DraftItem] = []
            for item in items {
                // An item of one entry is not split from anything: only entries leaving others move.
                let leaving = item.entries.filter { entry in
                    guard let grouping = groupings[entry.id] else { return false }
                    return !(grouping == .alone && item.entries.count == 1)
                }
                for entry in leaving { moved.append((entry, item, slot, groupings[entry.id] ?? .alone)) }
                let rest = item.entries.filter { entry in !leaving.contains { $0.id == entry.id } }
                guard let lead = rest.first else { continue }
                var remaining = item
                remaining.lead = lead
                remaining.related = Array(rest.dropFirst())
                kept.append(remaining)
            }
            lists[slot] = kept
        }
        for move in moved.sorted(by: { $0.entry.id < $1.entry.id }) {
            if case .with(let target) = move.grouping, join(move.entry, showing: target, in: &lists) { continue }
            var alone = DraftItem(
                section: move.from.section, lead: move.entry,
                score: move.entry.classification?.score ?? move.from.score,
                confidence: move.from.confidence, why: "split out in serve; " + move.from.why, needsReview: false)
            alone.version = nil
            let list = lists[move.slot] ?? []
            let after = list.firstIndex { $0.entries.contains { $0.id == move.from.lead.id } }.map { $0 + 1 }
            lists[move.slot, default: []].insert(alone, at: after ?? list.count)
        }
    }

    /// Adds `entry` to the item showing `target`; false when no item shows it.
    private static func join(_ entry: Entry, showing target: Int64, in lists: inout [Slot: [DraftItem]]) -> Bool {
        for (slot, items) in lists {
            guard let index = items.firstIndex(where: { $0.entries.contains { $0.id == target } }) else { continue }
            lists[slot]?[index].related.append(entry)
            return true
        }
        return false
    }

    private static func order(_ items: [DraftItem], _ positions: [Int64: Int]) -> [DraftItem] {
        guard !positions.isEmpty else { return items }
        let keyed = items.enumerated().map { index, item in
            (key: item.entries.compactMap { positions[$0.id] }.min() ?? (1_000_000 + index), item: item)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.item)
    }
}
