import Foundation

/// Decides from the bytes, not the Content-Type, whether a body is an HTML page: servers label feeds
/// `text/html` and error pages `application/rss+xml` alike.
enum BodySniffer {
    /// Root elements that only an HTML page starts with.
    private static let htmlRoots: Set<String> = ["html", "head", "body", "meta", "script", "div", "title"]

    /// True when the first markup of `body` (after a BOM, comments, processing instructions and a
    /// doctype) is an HTML element or an HTML doctype.
    static func isHTML(_ body: Data) -> Bool {
        var scanner = MarkupScanner(body.prefix(4096))
        scanner.skipByteOrderMark()
        while true {
            scanner.skipWhitespace()
            if scanner.skip(past: "<?", to: "?>") || scanner.skip(past: "<!--", to: "-->") { continue }
            if scanner.consume("<!doctype") {
                scanner.skipWhitespace()
                return scanner.readName() == "html"
            }
            guard scanner.consume("<") else { return false }
            return htmlRoots.contains(scanner.readName())
        }
    }

    /// True when the body holds nothing but whitespace.
    static func isBlank(_ body: Data) -> Bool {
        body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
