/// What `HTMLSanitizer` keeps.
enum SanitizerPolicy {
    static let allowedElements: Set<String> = [
        "a", "abbr", "acronym", "address", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
        "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp",
        "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]

    /// Elements removed together with everything inside them.
    static let droppedWithContent: Set<String> = [
        "script", "style", "applet", "object", "embed", "iframe", "frame", "frameset", "noscript", "template",
        "form", "textarea", "select", "button", "svg", "math", "head", "title", "noembed", "noframes",
    ]

    static let allowedAttributes: Set<String> = [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "cite", "datetime", "lang",
        "dir", "start", "reversed", "type", "abbr", "scope", "align",
    ]

    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// A URL attribute value, resolved, or nil when its scheme is not allowed.
    static func safeURL(_ value: String, baseURL: String?) -> String? {
        let trimmed = value.trimmingXMLSpace()
        let lowered = String(trimmed.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        if let colon = lowered.firstIndex(of: ":"), !lowered[..<colon].contains("/"),
            !lowered[..<colon].contains("?"), !lowered[..<colon].contains("#")
        {
            let scheme = lowered[..<colon]
            guard scheme == "http" || scheme == "https" || scheme == "mailto" else { return nil }
            return trimmed
        }
        guard let baseURL else { return trimmed }
        return URLResolver.resolve(trimmed, against: baseURL)
    }
}
