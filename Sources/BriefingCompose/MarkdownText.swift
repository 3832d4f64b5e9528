/// Turns untrusted feed text into inert Markdown: one line, no HTML, no active Markdown, and no
/// backslash where a character would render as itself anyway (`[CHANGE]`, `out_of_order`, `R&D`
/// stay as written, so editors do not clean escapes by hand).
enum MarkdownText {
    /// Characters that open a block (heading, list, quote, setext underline) at the start of a line.
    private static let blockStarters: Set<UInt8> = [
        UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: ">"),
    ]
    /// Delimiters that only act in pairs: one alone renders as itself.
    private static let pairedDelimiters: [UInt8] = [
        UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "$"),
    ]

    /// Escapes `text` for use inside a Markdown line (headline, excerpt, list item).
    /// Only ASCII bytes need a backslash, so it works on UTF-8 bytes.
    static func escape(_ text: String) -> String {
        escape(text, insideLinkText: false)
    }

    /// - Parameter insideLinkText: the text goes between `[` and `](`, where any bracket could
    ///   end or nest the link text, so every bracket is escaped.
    private static func escape(_ text: String, insideLinkText: Bool) -> String {
        let bytes = Array(PlainText.singleLine(text).utf8)
        let paired = Set(pairedDelimiters.filter { delimiter in bytes.lazy.filter { $0 == delimiter }.count >= 2 })
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for index in bytes.indices {
            let byte = bytes[index]
            let escapes =
                index == 0 && blockStarters.contains(byte)
                || (paired.contains(byte) && acts(delimiterAt: index, in: bytes))
                || needsBackslash(at: index, in: bytes, insideLinkText: insideLinkText)
            if escapes { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return escapeOrderedListStart(escapeClosingHashes(String(decoding: out, as: UTF8.self)))
    }

    /// `_` inside a word (`out_of_order`) never emphasises; `*`, `` ` ``, `~` and `$` always can.
    private static func acts(delimiterAt index: Int, in bytes: [UInt8]) -> Bool {
        guard bytes[index] == UInt8(ascii: "_") else { return true }
        let before = index > 0 ? bytes[index - 1] : 0x20
        let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
        return !(isWordByte(before) && isWordByte(after))
    }

    /// Letters, digits and every non-ASCII byte (CJK text around `_` is a word too).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// The characters that act only before something: `\` before punctuation, `<` opening a tag
    /// or autolink, `&` opening an entity, `[`/`]` opening a link, image, reference or footnote.
    private static func needsBackslash(at index: Int, in bytes: [UInt8], insideLinkText: Bool) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        switch bytes[index] {
        case UInt8(ascii: "\\"): return next.map(isASCIIPunctuation) ?? true
        case UInt8(ascii: "<"): return next.map { isWordByte($0) && $0 < 0x80 || "/!?".utf8.contains($0) } ?? false
        case UInt8(ascii: "&"): return opensEntity(after: index, in: bytes)
        case UInt8(ascii: "["): return insideLinkText || next == UInt8(ascii: "^") || opensTaskBox(at: index, in: bytes)
        case UInt8(ascii: "]"): return insideLinkText || next.map { "([:".utf8.contains($0) } ?? false
        // `<!--` would still read as the start of a `<!-- briefing: … -->` comment to `learn`.
        case UInt8(ascii: "-"):
            return index >= 2 && bytes[index - 2] == UInt8(ascii: "<") && bytes[index - 1] == UInt8(ascii: "!")
        default: return false
        }
    }

    /// `[ ]` or `[x]` at the start of a list item is a GFM task-list checkbox.
    private static func opensTaskBox(at index: Int, in bytes: [UInt8]) -> Bool {
        guard index == 0, bytes.count >= 3, bytes[2] == UInt8(ascii: "]") else { return false }
        return " xX".utf8.contains(bytes[1])
    }

    /// `&name;` or `&#123;`: what a renderer would turn into another character.
    private static func opensEntity(after index: Int, in bytes: [UInt8]) -> Bool {
        var cursor = index + 1
        while cursor < bytes.count, cursor - index <= 32,
            isWordByte(bytes[cursor]) && bytes[cursor] < 0x80 || bytes[cursor] == UInt8(ascii: "#")
        {
            cursor += 1
        }
        return cursor > index + 1 && cursor < bytes.count && bytes[cursor] == UInt8(ascii: ";")
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// A run of `#` at the end of a heading after a space is read as its closing sequence and vanishes.
    private static func escapeClosingHashes(_ text: String) -> String {
        guard text.hasSuffix("#") else { return text }
        let run = text.reversed().prefix { $0 == "#" }.count
        let head = text.dropLast(run)
        guard head.isEmpty || head.hasSuffix(" ") else { return text }
        return head + "\\" + String(repeating: "#", count: run)
    }

    /// `1. ` or `1) ` would open an ordered list if the text began a line (after `- ` or `> ` it does).
    private static func escapeOrderedListStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        let opensList = rest.dropFirst().first.map { $0 == " " } ?? true
        if !digits.isEmpty, digits.count < 10, let marker = rest.first, marker == "." || marker == ")", opensList {
            return digits + "\\" + rest
        }
        return text
    }

    /// A Markdown link to `url` when it is http(s); otherwise the title and the address as plain text.
    static func link(title: String, url: String?) -> String {
        let shown = title.isEmpty ? (url ?? "") : title
        if let safe = SafeLink.http(url) { return "[\(escape(shown, insideLinkText: true))](\(safe))" }
        let text = escape(shown)
        guard let url, !url.isEmpty else { return text }
        return "\(text) (\(escape(url)))"
    }
}
