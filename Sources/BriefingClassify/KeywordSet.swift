/// Many keywords searched at once, each found exactly where `KeywordMatcher.contains` finds it: one
/// pass over the text that tries, at each byte, only the keywords starting with that byte (a title
/// is tried against about seventy section-cue phrases).
struct KeywordSet: Sendable {
    private let keywords: [[UInt8]]
    /// Indices into `keywords`, by first byte.
    private let byFirstByte: [[Int]]

    init(_ keywords: [[UInt8]]) {
        self.keywords = keywords
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, keyword) in keywords.enumerated() {
            if let first = keyword.first { buckets[Int(first)].append(index) }
        }
        byFirstByte = buckets
    }

    /// For each keyword, in order, whether `text` (lowercased UTF-8) holds it as a whole word.
    func found(in text: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: keywords.count)
        text.withUnsafeBufferPointer { text in
            for start in text.indices {
                for index in byFirstByte[Int(text[start])] where !found[index] {
                    found[index] = keywords[index].withUnsafeBufferPointer {
                        KeywordMatcher.occurs($0, in: text, at: start)
                    }
                }
            }
        }
        return found
    }
}
