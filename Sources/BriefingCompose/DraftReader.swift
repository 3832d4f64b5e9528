import BriefingModel

/// Reads a draft back for `briefing learn`: which items the editors kept, under which section,
/// with which links, source titles and entry ids. It reads the Markdown draft the tool writes
/// (however the editors reworded it) and the plain-text layout of the finished issues, where
/// sections are bare `🆕 专题一 …` lines and items bare `1. …` lines.
public enum DraftReader {
    private static let numerals: [Character] = ["一", "二", "三", "四", "五", "六"]
    /// The emoji that open the six section headings, in section order.
    private static let emoji = ["🆕", "📰", "💬", "📄", "✍", "🤣"]

    /// The items and the appendix links of `text`.
    public static func read(_ text: String) -> ReadDraft {
        // `\r\n` is one Character in Swift: split on any newline, not on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingSuffixSpaces() }
        var state = ReaderState(layout: DraftLayout(lines: lines))
        for line in lines { state.consume(line) }
        state.finishItem()
        return state.result
    }

    /// The section a heading names: by `专题一…专题六` (or `专题 1…6`), by its opening emoji, by its
    /// section key, or by its exact heading text. `allowKey` is false for bare lines of plain
    /// text, where a word like "news" is no heading.
    static func section(ofHeading heading: String, allowKey: Bool = true) -> Section? {
        let text = heading.drop { $0 == " " || $0 == "*" || $0 == "#" }
        for section in Section.allCases {
            if heading.contains(section.heading) || names(numberOf: section, in: text) { return section }
            if text.hasPrefix(emoji[section.number - 1]) { return section }
            if allowKey, text.lowercased().split(whereSeparator: { !$0.isLetter }).contains(Substring(section.rawValue))
            {
                return section
            }
        }
        return nil
    }

    /// True when `text` names `专题N` of `section`, with a Chinese or an Arabic numeral, spaced or not.
    private static func names(numberOf section: Section, in text: Substring) -> Bool {
        var rest = text[...]
        while let found = rest.firstRange(of: "专题") {
            let after = rest[found.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
            if let mark = after.first, mark == numerals[section.number - 1] || mark == Character("\(section.number)") {
                let next = after.dropFirst().first
                return next.map { !($0.isASCII && $0.isNumber) } ?? true
            }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Splits a line at a `<!-- briefing: ids=1,2 … -->` comment: the text before it and the ids
    /// it names (empty when the line has no such comment).
    static func splitComment(_ line: Substring) -> (text: Substring, ids: [Int64]) {
        guard let comment = line.firstRange(of: "<!-- briefing:") else { return (line, []) }
        let inside = line[comment.upperBound...]
        guard let start = inside.firstRange(of: "ids=") else { return (line[..<comment.lowerBound], []) }
        let list = inside[start.upperBound...].prefix { $0.isNumber || $0 == "," }
        return (line[..<comment.lowerBound], list.split(separator: ",").compactMap { Int64($0) })
    }
}
