/// Case-folded keyword search on UTF-8 bytes (Foundation's string search is slow on Linux): whole words
/// for Latin keywords, plain substrings for CJK ones.
enum KeywordMatcher {
    /// Whether `haystack` (lowercased) holds `keyword` (lowercased) not glued to other letters or digits.
    static func contains(_ haystack: String, keyword: String) -> Bool {
        var haystack = haystack
        var keyword = keyword
        return haystack.withUTF8 { text in keyword.withUTF8 { contains(text, keyword: $0) } }
    }

    static func contains(_ haystack: [UInt8], keyword: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in keyword.withUnsafeBufferPointer { contains(text, keyword: $0) } }
    }

    /// Plain substring search on bytes.
    static func containsSubstring(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                for start in 0...(text.count - needle.count) where matches(text, needle, at: start) { return true }
                return false
            }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, keyword: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = keyword.first, keyword.count <= haystack.count else { return false }
        let last = keyword[keyword.count - 1]
        let checkBefore = isWordy(keyword, at: 0)
        let checkAfter = isWordy(keyword, at: keyword.count - 1)
        var start = 0
        while start + keyword.count <= haystack.count {
            if haystack[start] == first, haystack[start + keyword.count - 1] == last,
                matches(haystack, keyword, at: start),
                isFree(haystack, start..<(start + keyword.count), before: checkBefore, after: checkAfter)
            {
                return true
            }
            start += 1
        }
        return false
    }

    /// Whether non-empty `keyword` occurs in `haystack` at `start`, not glued to other letters or digits
    /// (`contains` is true when it occurs so somewhere).
    static func occurs(_ keyword: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int)
        -> Bool
    {
        guard !keyword.isEmpty, start + keyword.count <= haystack.count, matches(haystack, keyword, at: start) else {
            return false
        }
        return isFree(
            haystack, start..<(start + keyword.count), before: isWordy(keyword, at: 0),
            after: isWordy(keyword, at: keyword.count - 1))
    }

    /// Whether the match at `range` has no letter or digit glued before it (when `before`) or after it (when `after`).
    @inline(__always)
    private static func isFree(_ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, before: Bool, after: Bool)
        -> Bool
    {
        let freeBefore = !before || range.lowerBound == 0 || !isWordy(haystack, at: range.lowerBound - 1)
        let freeAfter = !after || range.upperBound == haystack.count || !isWordy(haystack, at: range.upperBound)
        return freeBefore && freeAfter
    }

    @inline(__always)
    private static func matches(
        _ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, at start: Int
    )
        -> Bool
    {
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        return true
    }

    /// Latin letters and digits glue into words; CJK characters and punctuation do not.
    @inline(__always)
    private static func isWordy(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        let scalar = UTF8Scalar.decode(bytes, at: UTF8Scalar.start(bytes, before: index)).scalar
        return !Tokenizer.isCJK(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}
