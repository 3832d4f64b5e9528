/// Counts topic-vocabulary terms (single words or phrases) in a text, case-insensitively.
struct Relevance: Sendable {
    /// Terms by their first word; each term is its word sequence.
    private let termsByFirstWord: [String: [[String]]]
    private let cjkTerms: [[UInt8]]

    init(vocabulary: [String]) {
        var byFirst: [String: [[String]]] = [:]
        var cjk: [[UInt8]] = []
        for term in Set(vocabulary.map { $0.lowercased() }).sorted() {
            if term.unicodeScalars.contains(where: Tokenizer.isCJK) {
                cjk.append(Array(term.utf8))
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
        let bytes = Array(text.utf8)
        let cjkHits =
            bytes.contains { $0 >= 0xE3 } ? cjkTerms.filter { KeywordMatcher.containsSubstring(bytes, $0) }.count : 0
        return found.count + cjkHits
    }
}
