/// Cuts plain text to a length an editor can skim, at a sentence or word boundary.
///
/// It counts Unicode scalars, which are never fewer than the characters an editor sees, so the
/// limit holds; and it only cuts where a character cannot continue (before a space, after a
/// sentence end, between two CJK characters), so no character is split. Scalars avoid
/// grapheme breaking, which dominated the time of composing 10,000 entries.
enum Excerpt {
    /// `text` on one line, at most `limit` characters (the ellipsis included), cut after the last
    /// sentence end that keeps at least half the limit, else at the last word boundary.
    static func cut(_ text: String, limit: Int = 400) -> String {
        let flat = PlainText.singleLine(text)
        guard flat.utf8.count > limit, !flat.unicodeScalars.dropFirst(limit).isEmpty else { return flat }
        let window = Array(flat.unicodeScalars.prefix(limit - 1))
        if let end = lastSentenceEnd(in: window, notBefore: limit / 2) {
            return string(window[...end])
        }
        guard let boundary = wordBoundary(in: window) else {
            return String(flat.prefix(limit - 1)) + "…"
        }
        return string(window[..<boundary]).trimmingSpaces() + "…"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Index of the last sentence end in the second half of `window` that is followed by a
    /// space or is a CJK full stop (which needs none).
    private static func lastSentenceEnd(in window: [Unicode.Scalar], notBefore minimum: Int) -> Int? {
        var index = window.count - 1
        while index >= minimum {
            let scalar = window[index]
            if isSentenceEnd(scalar) {
                let next: Unicode.Scalar = index + 1 < window.count ? window[index + 1] : " "
                if !scalar.isASCII || next == " " { return index }
            }
            index -= 1
        }
        return nil
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", ".", "!", "?", "；", ";": true
        default: false
        }
    }

    /// Where to cut so no word is split: before the last space, or between two CJK characters;
    /// nil when there is neither.
    private static func wordBoundary(in window: [Unicode.Scalar]) -> Int? {
        var index = window.count - 1
        while index > 0 {
            if window[index] == " " || (isWide(window[index]) && isWide(window[index - 1])) { return index }
            index -= 1
        }
        return nil
    }

    /// CJK ideographs, kana and Hangul: scripts written without spaces between words.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
