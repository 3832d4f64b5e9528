/// Disjoint sets over `0..<count`; the smallest index of a set is its root, so results do not depend on order.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ element: Int) -> Int {
        var root = element
        while parent[root] != root { root = parent[root] }
        var node = element
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func union(_ first: Int, _ second: Int) {
        let (a, b) = (find(first), find(second))
        guard a != b else { return }
        if a < b { parent[b] = a } else { parent[a] = b }
    }

    /// The sets, each sorted, ordered by their smallest element.
    mutating func components() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices { byRoot[find(element), default: []].append(element) }
        return byRoot.keys.sorted().compactMap { byRoot[$0] }
    }
}
