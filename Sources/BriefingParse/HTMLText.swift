/// Turns HTML into plain text for excerpts and the classifier.
public enum HTMLText {
    /// The visible text of `html`: entities decoded, script/style dropped, white space collapsed,
    /// block elements and `<br>` as line breaks.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = PlainTextScanner(bytes)
            return scanner.run()
        }
    }
}
