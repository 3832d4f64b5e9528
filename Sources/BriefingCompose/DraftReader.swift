import BriefingModel

/// Reads a draft back for `briefing learn`: which items the editors kept, under which section,
/// with which links and entry ids. It tolerates removed comments, renumbered or reworded
/// headlines, and headings matched by their `专题N` number or section key.
public enum DraftReader {
    private static let numerals: [Character] = ["一", "二", "三", "四", "五", "六"]

    /// The items and the appendix links of `markdown`.
    public static func read(_ markdown: String) -> ReadDraft {
        var state = ReaderState()
        // `\r\n` is one Character in Swift: split on any newline, not on "\n".
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            state.consume(line.trimmingSuffixSpaces())
        }
        state.finishItem()
        return state.result
    }

    /// The section a `## ` heading names, by `专题一…专题六`, its key, or its exact heading.
    static func section(ofHeading heading: String) -> Section? {
        let lowered = heading.lowercased()
        for section in Section.allCases {
            let numeral = numerals[section.number - 1]
            if heading.contains("专题\(numeral)") || heading.contains(section.heading) { return section }
            if lowered.split(whereSeparator: { !$0.isLetter }).contains(Substring(section.rawValue)) {
                return section
            }
        }
        return nil
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
