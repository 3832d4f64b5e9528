/// Near-duplicate titles: Jaccard similarity of title shingles (words and CJK bigrams), with prefix
/// filtering so only pairs that can reach the threshold are compared.
enum TitleSimilarity {
    /// Titles with fewer shingles than this are never near-duplicates (too little to go on: `v1.2.0`).
    static let minimumShingles = 3

    static func shingles(_ title: String) -> Set<String> {
        Set(Tokenizer.features(title, phrases: false).filter { $0 != "<num>" })
    }

    static func jaccard(_ first: Set<String>, _ second: Set<String>) -> Double {
        let shared = first.intersection(second).count
        let union = first.count + second.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Index pairs `(i, j)`, `i < j`, whose shingle sets have Jaccard similarity ≥ `threshold`.
    static func similarPairs(_ sets: [Set<String>], threshold: Double) -> [(Int, Int)] {
        let records = rareFirstIDs(sets)
        var index: [[Int]] = []
        var lastSeen: [Int] = Array(repeating: -1, count: sets.count)
        var pairs: [(Int, Int)] = []
        for (position, record) in records.enumerated() where record.count >= minimumShingles {
            let prefixLength = record.count - Int((threshold * Double(record.count)).rounded(.up)) + 1
            var candidates: [Int] = []
            for id in record.prefix(max(prefixLength, 1)) {
                while index.count <= id { index.append([]) }
                for other in index[id] where lastSeen[other] != position {
                    lastSeen[other] = position
                    candidates.append(other)
                }
                index[id].append(position)
            }
            // Jaccard similarity is at most the ratio of the sizes: most candidates fail that test at once.
            for other in candidates.sorted()
            where Self.sizesAllow(records[other].count, record.count, threshold)
                && similarity(records[other], record) >= threshold
            {
                pairs.append((other, position))
            }
        }
        return pairs
    }

    /// Whether sets of these sizes can reach `threshold`: shared ≤ the smaller, union ≥ the larger.
    private static func sizesAllow(_ first: Int, _ second: Int, _ threshold: Double) -> Bool {
        Double(min(first, second)) / Double(max(first, second)) >= threshold
    }

    /// Each set as sorted integer ids, rarer shingles having smaller ids. Any one order of the shingles
    /// finds the same pairs (prefix filtering only needs every set to use the same order); rare-first
    /// keeps the candidate lists short. Shingles of one frequency are numbered in dictionary order:
    /// sorting thousands of once-seen shingles by their text cost more than the search.
    private static func rareFirstIDs(_ sets: [Set<String>]) -> [[Int]] {
        var frequency: [String: Int] = [:]
        for set in sets { for shingle in set { frequency[shingle, default: 0] += 1 } }
        var byFrequency: [[String]] = []
        for (shingle, count) in frequency {
            while byFrequency.count <= count { byFrequency.append([]) }
            byFrequency[count].append(shingle)
        }
        var ids: [String: Int] = [:]
        ids.reserveCapacity(frequency.count)
        for shingle in byFrequency.joined() { ids[shingle] = ids.count }
        return sets.map { set in set.compactMap { ids[$0] }.sorted() }
    }

    /// Jaccard similarity of two sorted id arrays.
    private static func similarity(_ first: [Int], _ second: [Int]) -> Double {
        var (i, j, shared) = (0, 0, 0)
        while i < first.count, j < second.count {
            if first[i] == second[j] {
                shared += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = first.count + second.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
