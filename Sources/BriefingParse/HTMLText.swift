/// Turns HTML into plain text for excerpts and the classifier.
public enum HTMLText {
    /// The visible text of `html`: entities decoded, script/style dropped, white space collapsed,
    /// block elements and `<br>` as line breaks.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // The text is written straight into the new String's storage: it is never longer than
            // the HTML, since every reference decodes to no more bytes than it is written with.
            if let text = plainText(bytes, capacity: bytes.count) { return text }
            return plainText(bytes, capacity: bytes.count * 4) ?? ""
        }
    }

    private static func plainText(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int) -> String? {
        var overflowed = false
        let text = String(unsafeUninitializedCapacity: max(capacity, 1)) { output in
            var scanner = PlainTextScanner(bytes, output: output)
            let count = scanner.run()
            overflowed = scanner.overflowed
            return count
        }
        return overflowed ? nil : text
    }
}
