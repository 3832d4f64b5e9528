/// Turns untrusted feed text into inert Markdown: one line, no HTML, no active Markdown.
enum MarkdownText {
    /// Characters that open a block (heading, list, quote, setext underline) at the start of a line.
    private static let blockStarters: Set<Character> = ["#", "+", "-", "=", ">"]

    /// Escapes `text` for use inside a Markdown line (headline, link text, excerpt, list item).
    /// Only ASCII bytes need a backslash, so it works on UTF-8 bytes.
    static func escape(_ text: String) -> String {
        let flat = PlainText.singleLine(text)
        var out: [UInt8] = []
        out.reserveCapacity(flat.utf8.count + 8)
        for byte in flat.utf8 {
            if needsBackslash(byte) { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return escapeLineStart(String(decoding: out, as: UTF8.self))
    }

    /// Characters that could start emphasis, code, links, HTML, entities, tables, strikethrough or math.
    private static func needsBackslash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
            UInt8(ascii: "&"), UInt8(ascii: "$"):
            true
        default: false
        }
    }

    /// Escapes what would open a block if the text began a line (after `- ` or `> ` it does):
    /// `#`, `-`, `+`, `=`, and `1. ` or `1) `.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if blockStarters.contains(first) { return "\\" + text }
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
        let text = escape(title.isEmpty ? (url ?? "") : title)
        if let safe = SafeLink.http(url) { return "[\(text)](\(safe))" }
        guard let url, !url.isEmpty else { return text }
        return "\(text) (\(escape(url)))"
    }
}
