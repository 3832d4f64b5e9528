/// How a draft marks its sections and items, decided once from all its lines: Markdown (`## `
/// sections; `### ` items, or bold `**1. …**` ones), or the plain text of the finished issues
/// (bare section lines and bare numbered item lines).
enum DraftLayout: Equatable {
    case markdown
    case plain

    init(lines: [Substring]) {
        var fenced = false
        for line in lines {
            if DraftLayout.isFence(line) { fenced.toggle() }
            guard !fenced else { continue }
            if line.hasPrefix("#") || DraftLayout.boldHeadline(line) != nil {
                self = .markdown
                return
            }
        }
        self = .plain
    }

    /// ```` ``` ```` or `~~~`: opens or closes a fenced block, whose lines are never read.
    static func isFence(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " }
        return text.hasPrefix("```") || text.hasPrefix("~~~")
    }

    /// `**1. Title**` (or `__1. Title__`) → `1. Title`; nil for any other line.
    static func boldHeadline(_ line: Substring) -> Substring? {
        for mark in ["**", "__"] where line.hasPrefix(mark) && line.hasSuffix(mark) && line.count > 4 {
            let inner = line.dropFirst(2).dropLast(2)
            return numberedHeadline(inner) != nil ? inner : nil
        }
        return nil
    }

    /// `1. Title`, `1、Title`, `1) Title` → `Title`; nil when the line does not start so.
    static func numberedHeadline(_ line: Substring) -> Substring? {
        let text = line.drop { $0 == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, [".", "、", ")", "．"].contains(marker) else { return nil }
        let title = rest.dropFirst().drop { $0 == " " }
        return title.isEmpty ? nil : title
    }
}
