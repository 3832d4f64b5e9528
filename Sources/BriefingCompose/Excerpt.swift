/// Cuts plain text to a length an editor can skim, at a sentence or word boundary.
enum Excerpt {
    private static let sentenceEnds: Set<Character> = ["。", "！", "？", ".", "!", "?", "；", ";"]

    /// `text` on one line, at most `limit` characters (the ellipsis included), cut after the last
    /// sentence end that keeps at least half the limit, else at the last word boundary.
    static func cut(_ text: String, limit: Int = 400) -> String {
        let flat = PlainText.singleLine(text)
        guard flat.count > limit else { return flat }
        let window = Array(flat.prefix(limit - 1))
        if let end = lastSentenceEnd(in: window, notBefore: limit / 2) {
            return String(window[...end])
        }
        return String(window[..<wordBoundary(in: window)]).trimmingSpaces() + "…"
    }

    /// Index of the last sentence end in the second half of `window` that is followed by a
    /// space or is a CJK full stop (which needs none).
    private static func lastSentenceEnd(in window: [Character], notBefore minimum: Int) -> Int? {
        var index = window.count - 1
        while index >= minimum {
            let character = window[index]
            if sentenceEnds.contains(character) {
                let next = index + 1 < window.count ? window[index + 1] : " "
                if !character.isASCII || next == " " { return index }
            }
            index -= 1
        }
        return nil
    }

    /// Where to cut so no word is split: after the last space, or between two CJK characters;
    /// the whole window when there is neither.
    private static func wordBoundary(in window: [Character]) -> Int {
        var index = window.count - 1
        while index > 0 {
            if window[index] == " " || (isWide(window[index]) && isWide(window[index - 1])) { return index }
            index -= 1
        }
        return window.count
    }

    /// CJK ideographs, kana and Hangul: scripts written without spaces between words.
    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
