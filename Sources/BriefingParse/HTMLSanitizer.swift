/// An allowlist HTML sanitizer for anything the tool renders as HTML.
public enum HTMLSanitizer {
    /// `html` with only allowlisted elements and attributes kept: scripts, styles, frames, forms
    /// and event handlers are removed, URLs must be http(s)/mailto or relative (resolved against
    /// `baseURL` when given), and every kept tag is re-written well-formed.
    public static func sanitize(_ html: String, baseURL: String? = nil) -> String {
        var writer = SanitizedHTMLWriter(baseURL: baseURL)
        var tokenizer = HTMLTokenizer(html)
        var droppedDepth = 0
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                if droppedDepth == 0 { writer.appendText(text) }
            case .start(let name, let attributes, let selfClosing):
                if SanitizerPolicy.droppedWithContent.contains(name) {
                    if !selfClosing && !HTMLVocabulary.isVoid(name) { droppedDepth += 1 }
                } else if droppedDepth == 0 {
                    writer.open(name, attributes: attributes)
                }
            case .end(let name):
                if SanitizerPolicy.droppedWithContent.contains(name) {
                    droppedDepth = max(0, droppedDepth - 1)
                } else if droppedDepth == 0 {
                    writer.close(name)
                }
            case .other:
                break
            }
        }
        return writer.result()
    }
}
