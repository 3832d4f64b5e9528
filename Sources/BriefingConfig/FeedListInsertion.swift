import BriefingModel
import Yams

/// Inserts feed entries into the text of feeds.yaml at the end of its `feeds:` list.
struct FeedListInsertion {
    let text: String
    let listing: FeedListing

    /// The text with `feeds` written at the end of the list, in the list's own style; nil when
    /// `feeds:` holds something other than a list or nothing.
    func inserting(_ feeds: [FeedSource]) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard let key = listing.key, let keyMark = key.mark else {
            return appendingList(feeds, to: lines)
        }
        let keyIndent = keyMark.column - 1
        switch listing.value {
        case .sequence(let sequence) where !isFlow(sequence.mark, lines):
            return insertingIntoBlock(feeds, lines: &lines, keyIndent: keyIndent, start: sequence.mark)
        case .sequence(let sequence):
            if let edited = insertingIntoFlow(feeds, lines: &lines, keyLine: keyMark.line, start: sequence.mark) {
                return edited
            }
            return nil
        case .scalar(let scalar) where scalar.string.isEmpty || listing.value?.null != nil:
            // `feeds:` with no value (or `~`): the list starts on the next line.
            lines[keyMark.line - 1] = rewrittenKeyLine(lines[keyMark.line - 1], keyIndent: keyIndent)
            let block = FeedEntryText.block(feeds, dashIndent: keyIndent + 2, contentIndent: keyIndent + 4)
            lines.insert(contentsOf: block, at: keyMark.line)
            return lines.joined(separator: "\n")
        default:
            return nil
        }
    }

    /// True when the sequence starting at `mark` is written `[…]`. (Yams reports the style of a
    /// sequence from its end event, which libyaml leaves unset, so the text decides.)
    private func isFlow(_ mark: Mark?, _ lines: [String]) -> Bool {
        guard let mark, mark.line - 1 < lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column - 1 < scalars.count && scalars[mark.column - 1] == "["
    }

    /// A new `feeds:` list at the end of a document that has none.
    private func appendingList(_ feeds: [FeedSource], to lines: [String]) -> String {
        var lines = lines
        if lines.last == "" { lines.removeLast() }
        lines.append("feeds:")
        lines += FeedEntryText.block(feeds, dashIndent: 2, contentIndent: 4)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `feeds:` keeping a trailing comment, without the empty value that followed it.
    private func rewrittenKeyLine(_ line: String, keyIndent: Int) -> String {
        var comment = ""
        if let hash = line.range(of: " #")?.upperBound {
            let start = line[..<line.index(before: hash)].lastIndex { $0 != " " }.map(line.index(after:))
            comment = String(line[(start ?? line.startIndex)...])
        }
        return String(repeating: " ", count: keyIndent) + "feeds:" + comment
    }

    private func insertingIntoBlock(
        _ feeds: [FeedSource], lines: inout [String], keyIndent: Int, start: Mark?
    ) -> String {
        let firstLine = (start?.line ?? 1) - 1
        let dashIndent = LineShape.indentation(of: lines[firstLine])
        let contentIndent = LineShape.itemContentIndent(lines[firstLine], dashIndent: dashIndent)
        let anchor = LineShape.lastLineOfList(
            lines, from: firstLine, keyIndent: keyIndent, dashIndent: dashIndent)
        let block = FeedEntryText.block(feeds, dashIndent: dashIndent, contentIndent: contentIndent)
        lines.insert(contentsOf: block, at: anchor + 1)
        return lines.joined(separator: "\n")
    }

    private func insertingIntoFlow(
        _ feeds: [FeedSource], lines: inout [String], keyLine: Int, start: Mark?
    ) -> String? {
        guard let start, let close = FlowScanner.matchingBracket(lines, line: start.line - 1, column: start.column - 1)
        else { return nil }
        if close.isEmpty, close.line == start.line - 1, start.line == keyLine {
            // `feeds: []` on one line: turn it into a block list.
            let keyIndent = LineShape.indentation(of: lines[keyLine - 1])
            lines[keyLine - 1] = rewrittenKeyLine(lines[keyLine - 1], keyIndent: keyIndent)
            let block = FeedEntryText.block(feeds, dashIndent: keyIndent + 2, contentIndent: keyIndent + 4)
            lines.insert(contentsOf: block, at: keyLine)
            return lines.joined(separator: "\n")
        }
        let entries = feeds.map(FeedEntryText.flow).joined(separator: ", ")
        let insertion = (close.isEmpty || close.endsWithComma ? "" : ", ") + entries
        var scalars = Array(lines[close.line].unicodeScalars)
        scalars.insert(contentsOf: insertion.unicodeScalars, at: close.column)
        var line = ""
        line.unicodeScalars.append(contentsOf: scalars)
        lines[close.line] = line
        return lines.joined(separator: "\n")
    }
}
