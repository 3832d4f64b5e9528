import Foundation

/// Turns HTML into plain text for excerpts and the classifier.
public enum HTMLText {
    /// The visible text of `html`: entities decoded, script/style dropped, white space collapsed,
    /// block elements and `<br>` as line breaks.
    public static func plainText(_ html: String) -> String {
        var writer = PlainTextWriter()
        var tokenizer = HTMLTokenizer(html)
        var hiddenDepth = 0
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                if hiddenDepth == 0 { writer.appendText(text) }
            case .start(let name, _, let selfClosing):
                if HTMLVocabulary.hiddenElements.contains(name), !selfClosing {
                    hiddenDepth += 1
                } else if HTMLVocabulary.blockElements.contains(name) {
                    writer.breakLine()
                }
            case .end(let name):
                if HTMLVocabulary.hiddenElements.contains(name) {
                    hiddenDepth = max(0, hiddenDepth - 1)
                } else if HTMLVocabulary.blockElements.contains(name) {
                    writer.breakLine()
                }
            case .other:
                break
            }
        }
        return writer.result()
    }
}

/// Collects text with runs of white space collapsed and at most one line break in a row.
private struct PlainTextWriter {
    private var output: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = false
    private var decoded: [UInt8] = []

    mutating func appendText(_ text: ArraySlice<UInt8>) {
        decoded.removeAll(keepingCapacity: true)
        HTMLEntityDecoder.append(text, to: &decoded)
        for byte in decoded {
            if isHTMLSpace(byte) {
                pendingSpace = true
                continue
            }
            if !output.isEmpty {
                if pendingBreak {
                    output.append(0x0A)
                } else if pendingSpace {
                    output.append(0x20)
                }
            }
            pendingBreak = false
            pendingSpace = false
            output.append(byte)
        }
    }

    mutating func breakLine() {
        pendingBreak = true
    }

    func result() -> String {
        // U+00A0 no-break spaces count as spaces too.
        let text = String(decoding: output, as: UTF8.self)
        guard text.unicodeScalars.contains("\u{A0}") else { return text }
        return text.replacingOccurrences(of: "\u{A0}", with: " ")
    }
}
