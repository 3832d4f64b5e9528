import Foundation

/// The shapes of text that feeds add around an article and that no editor keeps: reddit's and
/// Hacker News' link lines, share and "read more" footers, "The post … appeared first on …".
/// Rules name shapes, never a title or a site's words about one story.
enum Boilerplate {
    /// Whole lines that are nothing but boilerplate, matched case-insensitively.
    private static let lineShapes: [NSRegularExpression] = compile([
        // reddit: "submitted by /u/name [link] [comments]", on one or several lines.
        #"^submitted by\s+/?u/\S+(\s*\[link\])?(\s*\[comments\])?$"#,
        #"^(\[link\]\s*)?\[comments\]$"#, #"^\[link\]$"#,
        // Hacker News: "Article URL: …", "Comments URL: …", "Points: 12", "# Comments: 3".
        #"^(article url|comments url|points|# comments):"#,
        // Share and read-more footers.
        #"^(read more|continue reading|read the (full|rest of the|original) (story|article|post)|share this|share on \w+|share:|keep reading)\b.{0,80}$"#,
        #"^the post .{1,300} appeared first on .{1,120}$"#,
        #"^(\[(…|\.\.\.)\]|…|\.\.\.)$"#,
    ])
    /// Markers at the start of a line: reddit's `[image]`, `[video]`, `[gallery]`, `[link]`.
    private static let leadingMarker = compile([#"^\[(image|video|gallery|link)\]\s*"#])[0]
    /// Footers run onto the end of the last sentence: `… Read more »`, `… [...]`, `Continue reading →`.
    private static let trailingFooter = compile([
        #"\s*(\[(…|\.\.\.)\]|(read more|continue reading|keep reading)\s*(»|→|\.\.\.|…)?)$"#
    ])[0]
    /// A byline line: "By Jane Doe", "By Jane Doe and Li Lei", "Posted by …", "Authors: …". After a
    /// bare "By" a capitalised name and no closing punctuation, so "By default, pods…" is text.
    private static let bylineShape =
        compile([#"^((posted|written) by|authors?:)\s+\S"#])
        // Case matters here: the name's capital is what tells a byline from a sentence.
        + compile([#"^[Bb][Yy]\s+\p{Lu}[^.!?。！？:：,，]{0,80}$"#], caseSensitive: true)

    /// True when `line` is boilerplate as a whole.
    static func isBoilerplate(_ line: String) -> Bool {
        let head = line.prefix(16).lowercased()
        guard line.utf8.count < 600, linePrefixes.contains(where: head.hasPrefix) else { return false }
        return lineShapes.contains { matches($0, line) }
    }

    /// How every boilerplate line starts: a cheap test before the regular expressions, which a
    /// draft of 10,000 entries would otherwise run on every line.
    private static let linePrefixes = [
        "submitted", "[link]", "[comments]", "article url", "comments url", "points:", "# comments", "read ",
        "continue", "share", "keep reading", "the post ", "[…]", "[...]", "…", "...",
    ]
    private static let footerSuffixes = ["more", "»", "→", "…", "...", "]", "reading"]

    /// `line` without a leading reddit marker or a trailing "read more" footer.
    static func trimmed(_ line: String) -> String {
        var text = line
        let tail = line.suffix(8).lowercased()
        let shapes =
            (line.hasPrefix("[") ? [leadingMarker] : [])
            + (footerSuffixes.contains(where: tail.hasSuffix) ? [trailingFooter] : [])
        for shape in shapes {
            let range = NSRange(text.startIndex..., in: text)
            text = shape.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        }
        return text.trimmingSpaces()
    }

    /// True when `line` is written as a byline.
    static func isByline(_ line: String) -> Bool {
        let head = line.prefix(12).lowercased()
        guard ["by ", "posted by", "written by", "author"].contains(where: head.hasPrefix) else { return false }
        return bylineShape.contains { matches($0, line) }
    }

    private static func matches(_ shape: NSRegularExpression, _ line: String) -> Bool {
        shape.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    private static func compile(_ patterns: [String], caseSensitive: Bool = false) -> [NSRegularExpression] {
        // The patterns are constants checked by the tests; a typo must fail there, not skip a rule.
        patterns.map { pattern in
            do {
                return try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
            } catch {
                preconditionFailure("Boilerplate pattern \(pattern): \(error)")
            }
        }
    }
}
