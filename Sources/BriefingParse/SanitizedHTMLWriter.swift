import BriefingModel

/// Writes the tags and text `HTMLSanitizer` keeps, escaping text and closing what it opened.
struct SanitizedHTMLWriter {
    let baseURL: String?
    private var output = ""
    private var open: [String] = []

    init(baseURL: String?) { self.baseURL = baseURL }

    mutating func appendText(_ text: ArraySlice<UInt8>) {
        output += Self.escape(HTMLEntityDecoder.decode(text), quote: false)
    }

    mutating func open(_ name: String, attributes: [(name: String, value: String)]) {
        guard SanitizerPolicy.allowedElements.contains(name) else { return }
        output += "<" + name
        for (attribute, value) in attributes where SanitizerPolicy.allowedAttributes.contains(attribute) {
            var kept = value
            if SanitizerPolicy.urlAttributes.contains(attribute) {
                guard let url = SanitizerPolicy.safeURL(value, baseURL: baseURL) else { continue }
                kept = url
            }
            output += " \(attribute)=\"\(Self.escape(kept, quote: true))\""
        }
        if HTMLVocabulary.isVoid(name) {
            output += " />"
        } else {
            output += ">"
            open.append(name)
        }
    }

    mutating func close(_ name: String) {
        guard let position = open.lastIndex(of: name) else { return }
        for element in open[position...].reversed() { output += "</\(element)>" }
        open.removeSubrange(position...)
    }

    func result() -> String {
        output + open.reversed().map { "</\($0)>" }.joined()
    }

    private static func escape(_ text: String, quote: Bool) -> String {
        MarkupEscaping.escaped(text, quotes: quote)
    }
}
