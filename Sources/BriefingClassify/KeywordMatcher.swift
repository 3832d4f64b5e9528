/// Case-folded keyword search: whole words for Latin keywords, plain substrings for CJK ones.
enum KeywordMatcher {
    /// Whether `haystack` (lowercased) holds `keyword` (lowercased) not glued to other letters or digits.
    static func contains(_ haystack: String, keyword: String) -> Bool {
        guard !keyword.isEmpty else { return false }
        var searchStart = haystack.startIndex
        while let range = haystack.range(of: keyword, range: searchStart..<haystack.endIndex) {
            if isBoundary(haystack, before: range.lowerBound, keyword.first)
                && isBoundary(haystack, after: range.upperBound, keyword.last)
            {
                return true
            }
            searchStart = haystack.index(after: range.lowerBound)
        }
        return false
    }

    private static func isBoundary(_ text: String, before index: String.Index, _ edge: Character?) -> Bool {
        guard let edge, isWordy(edge), index > text.startIndex else { return true }
        return !isWordy(text[text.index(before: index)])
    }

    private static func isBoundary(_ text: String, after index: String.Index, _ edge: Character?) -> Bool {
        guard let edge, isWordy(edge), index < text.endIndex else { return true }
        return !isWordy(text[index])
    }

    /// Latin letters and digits glue into words; CJK characters do not (Chinese has no spaces).
    private static func isWordy(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !Tokenizer.isCJK(scalar) else { return false }
        return character.isLetter || character.isNumber
    }
}
