/// Turns untrusted feed text into inert Markdown: one line, no HTML, no active Markdown.
enum MarkdownText {
    /// Characters that could start emphasis, code, links, HTML, tables, strikethrough or math.
    private static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]
    /// Characters that open a block (heading, list, quote, setext underline) at the start of a line.
    private static let blockStarters: Set<Character> = ["#", "+", "-", "=", ">"]

    /// Escapes `text` for use inside a Markdown line (headline, link text, excerpt, list item).
    static func escape(_ text: String) -> String {
        let flat = PlainText.singleLine(text)
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        for character in flat {
            if escaped.contains(character) { out.append("\\") }
            out.append(character)
        }
        return escapeLineStart(out)
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
