/// A small, bounded HTML-to-text reader for release notes: the text of the list items, or of the
/// whole fragment. It never expands entities beyond the few standard ones and ignores scripts
/// and styles; malformed markup degrades to text.
struct HTMLText {
    /// Release notes larger than this are read only up to it (a highlight is near the top).
    private static let maximumScalars = 200_000
    private static let blockTags: Set<String> = [
        "p", "br", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "template", "noscript"]

    /// The text of each `<li>`, in order (nested items become their own entries).
    private(set) var listItems: [String] = []
    /// The text of the whole fragment.
    private(set) var text = ""

    init(_ html: String) {
        var reader = Reader()
        var scalars = html.unicodeScalars.makeIterator()
        var count = 0
        while let scalar = scalars.next(), count < Self.maximumScalars {
            count += 1
            reader.consume(scalar, rest: &scalars)
        }
        reader.finishItems()
        listItems = reader.items.map(PlainText.singleLine).filter { !$0.isEmpty }
        text = PlainText.singleLine(reader.all)
    }

    /// The scanning state: open list items, the text so far, and whether inside a skipped element.
    private struct Reader {
        var all = ""
        var items: [String] = []
        var openItems: [String] = []
        var skipping: String?

        mutating func consume(_ scalar: Unicode.Scalar, rest: inout String.UnicodeScalarView.Iterator) {
            switch scalar {
            case "<": handleTag(Self.readTag(&rest))
            case "&": append(Self.readEntity(&rest))
            default: append(String(scalar))
            }
        }

        mutating func append(_ text: String) {
            guard skipping == nil else { return }
            all += text
            if !openItems.isEmpty { openItems[openItems.count - 1] += text }
        }

        mutating func handleTag(_ tag: String) {
            let closing = tag.hasPrefix("/")
            let name = String(
                tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
            ).lowercased()
            if let skipped = skipping {
                if closing && name == skipped { skipping = nil }
                return
            }
            if !closing && HTMLText.skippedTags.contains(name) && !tag.hasSuffix("/") {
                skipping = name
                return
            }
            if HTMLText.blockTags.contains(name) { append(" ") }
            if name == "li" { closing ? closeItem() : openItems.append("") }
            if (name == "ul" || name == "ol") && closing { finishItems() }
        }

        mutating func closeItem() {
            guard let item = openItems.popLast() else { return }
            items.append(item)
        }

        mutating func finishItems() {
            while !openItems.isEmpty { closeItem() }
        }

        /// Reads up to the closing `>` (a bounded tag: very long ones are cut).
        static func readTag(_ rest: inout String.UnicodeScalarView.Iterator) -> String {
            var tag = ""
            while let scalar = rest.next(), scalar != ">" {
                if tag.unicodeScalars.count < 256 { tag.unicodeScalars.append(scalar) }
            }
            return tag
        }

        /// Reads an entity after `&`; unknown or unterminated ones come back as literal text.
        static func readEntity(_ rest: inout String.UnicodeScalarView.Iterator) -> String {
            var name = ""
            while name.unicodeScalars.count < 10, let scalar = rest.next() {
                if scalar == ";" { return HTMLEntity.decode(name) ?? "&\(name);" }
                if !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#") {
                    return "&" + name + String(scalar)
                }
                name.unicodeScalars.append(scalar)
            }
            return "&" + name
        }
    }
}
