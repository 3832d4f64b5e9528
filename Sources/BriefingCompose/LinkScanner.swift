/// Finds the http(s) addresses in Markdown text: inside `[..](..)`, `<..>` or bare.
enum LinkScanner {
    /// Characters that end an address in Markdown text.
    private static let terminators: Set<Character> = [
        " ", "\t", "\n", "\r", ")", "(", "<", ">", "\"", "'", "`", "]", "[",
    ]
    /// Punctuation that ends a sentence after a bare address rather than belonging to it.
    private static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "。", "，", "；", "：", "！", "？", "、"]

    /// Every http(s) address in `text`, in order, duplicates kept.
    static func links(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = nextScheme(in: rest) {
            let tail = rest[start...]
            var end = tail.firstIndex(where: { terminators.contains($0) }) ?? tail.endIndex
            while end > start, let last = tail[..<end].last, trailing.contains(last) {
                end = tail.index(before: end)
            }
            let link = String(tail[..<end])
            if link.contains("://"), link.count > 8 { found.append(link) }
            rest = tail[tail.index(after: start)...]
        }
        return found
    }

    /// Where the next `http://` or `https://` begins (case-insensitive).
    private static func nextScheme(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while let found = text[index...].firstIndex(where: { $0 == "h" || $0 == "H" }) {
            let head = text[found...].prefix(8).lowercased()
            if head.hasPrefix("http://") || head.hasPrefix("https://") { return found }
            index = text.index(after: found)
        }
        return nil
    }
}
