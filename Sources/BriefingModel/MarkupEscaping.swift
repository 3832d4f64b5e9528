/// Escaping of text for HTML and XML output, shared by the draft's HTML page, the OPML export and
/// the HTML sanitizer.
public enum MarkupEscaping {
    /// `text` with `&`, `<` and `>` escaped; with `quotes`, `"` and `'` too (for attribute values);
    /// with `lineBreaks`, newlines and tabs as character references (so XML attributes keep them).
    public static func escaped(_ text: String, quotes: Bool = true, lineBreaks: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\n" where lineBreaks: result += "&#10;"
            case "\t" where lineBreaks: result += "&#9;"
            default: result.append(character)
            }
        }
        return result
    }
}
