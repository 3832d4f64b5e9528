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
    /// The text of the whole fragment, one line per block (paragraph, heading, list item).
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
        text = reader.all.split(separator: "\n").map { PlainText.singleLine(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// The scanning state: open list items, the text so far, and whether inside a skipped element.
    private struct Reader {
        /// A list item being read: its text, the list depth it opened at, and its position.
        struct OpenItem {
            var text = ""
            var depth: Int
            var order: Int
        }

        var all = ""
        var closed: [(order: Int, text: String)] = []
        var openItems: [OpenItem] = []
        var depth = 0
        var opened = 0
        var skipping: String?

        /// Closed items in the order they opened (nested items close before their parent).
        var items: [String] { closed.sorted { $0.order < $1.order }.map(\.text) }

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
            if !openItems.isEmpty { openItems[openItems.count - 1].text += text }
        }

        mutating func handleTag(_ tag: String) {
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skipped = skipping {
                if closing && name == skipped { skipping = nil }
                return
            }
            if !closing && HTMLText.skippedTags.contains(name) && !tag.hasSuffix("/") {
                skipping = name
                return
            }
            // A block ends a line, so a heading ends the text before it rather than running into it.
            if HTMLText.blockTags.contains(name) { append("\n") }
            switch (name, closing) {
            case ("li", false):
                // An `<li>` ends the previous item of the same list even without `</li>`.
                closeItems(atOrBelow: depth)
                openItems.append(OpenItem(depth: depth, order: opened))
                opened += 1
            case ("li", true): closeItems(atOrBelow: depth)
            case ("ul", false), ("ol", false): depth += 1
            case ("ul", true), ("ol", true):
                closeItems(atOrBelow: depth)
                depth = max(0, depth - 1)
            default: break
            }
        }

        /// Closes the open items that belong to lists at `level` or deeper.
        mutating func closeItems(atOrBelow level: Int) {
            while let last = openItems.last, last.depth >= level {
                closed.append((last.order, last.text))
                openItems.removeLast()
            }
        }

        mutating func finishItems() {
            closeItems(atOrBelow: Int.min)
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
