/// One piece of an HTML fragment, as `HTMLTokenizer` reads it.
enum HTMLToken {
    /// Raw text, entities not yet decoded.
    case text(ArraySlice<UInt8>)
    /// A start tag with its lowercased name and attributes (names lowercased, values decoded).
    case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
    case end(name: String)
    /// Comments, doctypes and processing instructions.
    case other
}
