/// Turns HTML into plain text for excerpts and the classifier.
public enum HTMLText {
    /// The visible text of `html`: entities decoded, script/style dropped, white space collapsed,
    /// block elements and `<br>` as line breaks.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // The text is never longer than the HTML: every reference decodes to no more bytes
            // than it is written with.
            if let text = plainText(bytes, capacity: bytes.count) { return text }
            return plainText(bytes, capacity: bytes.count * 4) ?? ""
        }
    }

    private static func plainText(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int) -> String? {
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(capacity, 1))
        defer { output.deallocate() }
        var scanner = PlainTextScanner(bytes, output: output)
        let count = scanner.run()
        guard !scanner.overflowed else { return nil }
        // Valid UTF-8 in, valid UTF-8 out: the scanner cuts the input only at ASCII bytes or
        // before a lead byte, and writes whole scalars. So the copy is not validated again.
        return String(alreadyValidUTF8: UnsafeBufferPointer(rebasing: output[..<count]))
    }
}
