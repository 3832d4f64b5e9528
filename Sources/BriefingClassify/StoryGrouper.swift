import BriefingModel

/// Groups candidate entries that tell one story: same link, same project and version (announced or,
/// in the releases section, mentioned), near-duplicate
/// titles across feeds, and a project's several releases of the month.
enum StoryGrouper {
    /// Index groups into `entries`, each sorted, ordered by their first index.
    static func group(_ entries: [PlannedEntry], similarity: Double) -> [[Int]] {
        var sets = UnionFind(count: entries.count)
        unite(&sets, keys: entries.map(\.linkKey))
        unite(&sets, keys: entries.map(\.storyKey))
        unite(&sets, keys: entries.map { $0.section == .releases ? $0.release?.project : nil })
        let shingles = entries.map { TitleSimilarity.shingles($0.entry.title) }
        for (first, second) in TitleSimilarity.similarPairs(shingles, threshold: similarity)
        where entries[first].entry.feed != entries[second].entry.feed {
            sets.union(first, second)
        }
        return sets.components()
    }

    private static func unite(_ sets: inout UnionFind, keys: [String?]) {
        var firstWithKey: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            guard let key else { continue }
            if let first = firstWithKey[key] { sets.union(first, index) } else { firstWithKey[key] = index }
        }
    }
}
