/// Element classes of HTML that text extraction and sanitizing need.
enum HTMLVocabulary {
    static func isVoid(_ name: String) -> Bool { voidElements.contains(name.lowercased()) }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]

    /// Elements whose content is never text.
    static let hiddenElements: Set<String> = ["script", "style", "applet", "noscript", "template", "head", "title"]

    /// Elements that start a new line in plain text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tr", "ul", "td", "th", "tbody", "thead", "caption",
    ]
}
