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
        attachReading(&sets, entries)
        let shingles = entries.map { TitleSimilarity.shingles($0.entry.title) }
        for (first, second) in TitleSimilarity.similarPairs(shingles, threshold: similarity)
        where entries[first].entry.feed != entries[second].entry.feed {
            sets.union(first, second)
        }
        return sets.components()
    }

    /// A releases-section entry that announces no release but names a project released this month
    /// (`… Recovery from etcd Snapshots`, `Support for Istio 1.23 has ended`) is further reading for it.
    private static func attachReading(_ sets: inout UnionFind, _ entries: [PlannedEntry]) {
        var released: [(name: String, index: Int)] = []
        for (index, entry) in entries.enumerated() where entry.section == .releases {
            guard let name = entry.release?.projectDisplay.lowercased(), !name.isEmpty,
                !released.contains(where: { $0.name == name })
            else { continue }
            released.append((name, index))
        }
        for (index, entry) in entries.enumerated() where entry.section == .releases && entry.release == nil {
            let title = entry.entry.title.lowercased()
            for project in released where KeywordMatcher.contains(title, keyword: project.name) {
                sets.union(project.index, index)
                break
            }
        }
    }

    private static func unite(_ sets: inout UnionFind, keys: [String?]) {
        var firstWithKey: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            guard let key else { continue }
            if let first = firstWithKey[key] { sets.union(first, index) } else { firstWithKey[key] = index }
        }
    }
}
