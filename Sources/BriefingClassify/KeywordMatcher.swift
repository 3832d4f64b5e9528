/// Case-folded keyword search on UTF-8 bytes (Foundation's string search is slow on Linux): whole words
/// for Latin keywords, plain substrings for CJK ones.
enum KeywordMatcher {
    /// Whether `haystack` (lowercased) holds `keyword` (lowercased) not glued to other letters or digits.
    static func contains(_ haystack: String, keyword: String) -> Bool {
        contains(Array(haystack.utf8), keyword: Array(keyword.utf8))
    }

    static func contains(_ haystack: [UInt8], keyword: [UInt8]) -> Bool {
        guard let first = keyword.first, let last = keyword.last, keyword.count <= haystack.count else {
            return false
        }
        let checkBefore = isWordy(keyword, at: 0)
        let checkAfter = isWordy(keyword, at: keyword.count - 1)
        var start = 0
        while start + keyword.count <= haystack.count {
            if haystack[start] == first, haystack[start + keyword.count - 1] == last,
                matches(haystack, keyword, at: start)
            {
                let end = start + keyword.count
                let freeBefore = !checkBefore || start == 0 || !isWordy(haystack, at: start - 1)
                let freeAfter = !checkAfter || end == haystack.count || !isWordy(haystack, at: end)
                if freeBefore && freeAfter { return true }
            }
            start += 1
        }
        return false
    }

    /// Plain substring search on bytes.
    static func containsSubstring(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where matches(haystack, needle, at: start) { return true }
        return false
    }

    private static func matches(_ haystack: [UInt8], _ needle: [UInt8], at start: Int) -> Bool {
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        return true
    }

    /// Latin letters and digits glue into words; CJK characters and punctuation do not.
    private static func isWordy(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        var lead = index
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        var end = lead + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[lead..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return !Tokenizer.isCJK(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}
