import BriefingModel

/// Cleans an entry's text for the draft: drops the byline above the article, the boilerplate
/// feeds add around it (`Boilerplate`) and tracking parameters in addresses, and tells headings
/// from paragraphs so a heading ends the text before it instead of running into it.
///
/// It works on lines: the parse stage keeps one line per block of the HTML it turned to text.
struct TextCleaner {
    /// A line of the cleaned text, and whether it reads as a heading (short, no closing punctuation,
    /// with text after it).
    struct Paragraph: Hashable {
        var text: String
        var isHeading: Bool
        /// Short, without closing punctuation: a heading, or a short list item.
        var isLabel: Bool
    }

    /// A heading or a byline label has at most this many words and characters.
    private static let labelWords = 6
    private static let labelLength = 60

    private(set) var paragraphs: [Paragraph] = []

    init(_ text: String) {
        // Split on bytes: Character-wise splitting (grapheme breaking) dominated composing 10,000 entries.
        let lines = text.utf8.split(separator: 0x0A).map { PlainText.singleLine(String(decoding: $0, as: UTF8.self)) }
            .map(Boilerplate.trimmed).filter { !$0.isEmpty && !Boilerplate.isBoilerplate($0) }
        let labels = lines.map { Self.isLabel($0, latin: false) }
        let startsWithByline =
            lines.first.map { first in
                Boilerplate.isByline(first)
                    || (lines.count > 1 && Self.isLabel(first, latin: true) && first.first?.isLetter == true
                        && !labels[1])
            } ?? false
        paragraphs = lines.indices.dropFirst(startsWithByline ? 1 : 0).map { index in
            // A heading stands between paragraphs; a run of short lines is a list, not headings.
            let isHeading =
                index > 0 && index + 1 < lines.count && labels[index] && !labels[index - 1] && !labels[index + 1]
            return Paragraph(text: Self.withoutTracking(lines[index]), isHeading: isHeading, isLabel: labels[index])
        }
    }

    /// The text on one line, headings left out. With `stoppingAtHeading` it ends at the first
    /// heading or short line that follows some text (release notes: what follows is in 新特性速览).
    func body(stoppingAtHeading: Bool = false) -> String {
        var kept: [String] = []
        for paragraph in paragraphs {
            if stoppingAtHeading && paragraph.isLabel {
                if kept.isEmpty { continue }
                break
            }
            if paragraph.isHeading {
                continue
            }
            kept.append(paragraph.text)
        }
        return kept.joined(separator: " ")
    }

    /// A short line without closing punctuation: a heading, or above the text a byline label
    /// (`SIG Node`, `Kubernetes v1.33 Release Team`). A byline label is written in Latin letters;
    /// a short Chinese first line is more often the text itself.
    private static func isLabel(_ line: String, latin: Bool) -> Bool {
        guard line.unicodeScalars.dropFirst(labelLength).isEmpty,
            line.split(separator: " ").count <= labelWords,
            let last = line.unicodeScalars.last, !".!?。！？:：;；,，)）\"”'".unicodeScalars.contains(last)
        else { return false }
        return !latin || line.unicodeScalars.allSatisfy { $0.isASCII || $0.value < 0x2E80 }
    }

    /// True when `text` holds `utm_`, `fbclid` or `gclid`: a byte scan, since this runs on every
    /// line of every entry and Foundation's substring search is a hundred times slower.
    private static func hasTrackingName(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: "u") || $0 == UInt8(ascii: "c") }) {
            let rest = bytes[found...]
            if rest.starts(with: "utm_".utf8) || rest.starts(with: "clid".utf8) { return true }
            index = bytes.index(after: found)
        }
        return false
    }

    /// Addresses in the text without `utm_*`, `fbclid` or `gclid`, as the store dedups them.
    static func withoutTracking(_ text: String) -> String {
        guard hasTrackingName(text) else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.hasPrefix("http://") || word.hasPrefix("https://")
                ? URLNormalizer.withoutTracking(String(word)) : String(word)
        }.joined(separator: " ")
    }
}
