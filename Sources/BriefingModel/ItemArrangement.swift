/// How the editors rearranged the month's items in `briefing serve`, beyond their sections:
/// entries split out of their item or merged into another, and the order of items in a section.
public struct ItemArrangement: Sendable, Hashable {
    /// Where an entry goes instead of the item the planner put it in.
    public enum Grouping: Sendable, Hashable {
        /// An item of its own (split out).
        case alone
        /// The item that shows this other entry (merged).
        case with(Int64)
    }

    /// By entry id.
    public var groupings: [Int64: Grouping]
    /// The place of an item in its section (smaller first), by the id of an entry of the item.
    public var positions: [Int64: Int]

    public init(groupings: [Int64: Grouping] = [:], positions: [Int64: Int] = [:]) {
        self.groupings = groupings
        self.positions = positions
    }

    public var isEmpty: Bool { groupings.isEmpty && positions.isEmpty }
}
