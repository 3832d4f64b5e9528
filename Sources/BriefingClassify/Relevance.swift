/// Counts topic-vocabulary terms (single words or phrases) in a text, case-insensitively.
struct Relevance: Sendable {
    /// Terms by their first word; each term is its word sequence.
    private let termsByFirstWord: [String: [[String]]]
    private let cjkTerms: [String]

    init(vocabulary: [String]) {
        var byFirst: [String: [[String]]] = [:]
        var cjk: [String] = []
        for term in Set(vocabulary.map { $0.lowercased() }).sorted() {
            if term.unicodeScalars.contains(where: Tokenizer.isCJK) {
                cjk.append(term)
                continue
            }
            let words = Tokenizer.words(term)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(words)
        }
        termsByFirstWord = byFirst
        cjkTerms = cjk
    }

    /// How many distinct vocabulary terms occur in `text`.
    func hits(in text: String) -> Int {
        let words = Tokenizer.words(text)
        var found = Set<[String]>()
        for index in words.indices {
            guard let candidates = termsByFirstWord[words[index]] else { continue }
            for term in candidates where index + term.count <= words.count {
                if Array(words[index..<(index + term.count)]) == term { found.insert(term) }
            }
        }
        let cjkHits = cjkTerms.filter { text.contains($0) }.count
        return found.count + cjkHits
    }
}
