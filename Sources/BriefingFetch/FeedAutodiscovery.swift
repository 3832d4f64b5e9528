import Foundation

/// Finds the feed an HTML page announces with `<link rel="alternate" type="application/rss+xml" href="…">`
/// (the RSS autodiscovery convention, also used for Atom and JSON Feed).
enum FeedAutodiscovery {
    private static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
    ]

    /// The absolute URL of the first announced feed, resolved against `pageURL`, or nil.
    static func feedURL(in html: Data, pageURL: String) -> String? {
        var scanner = MarkupScanner(html.prefix(1 << 20))
        while scanner.advance(past: "<link") {
            let attributes = readAttributes(&scanner)
            let rel = attributes["rel"]?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
            let type = attributes["type"]?.lowercased().trimmingCharacters(in: .whitespaces) ?? ""
            guard rel.contains("alternate"), feedTypes.contains(type), let href = attributes["href"] else { continue }
            return resolve(decodeEntities(href.trimmingCharacters(in: .whitespacesAndNewlines)), against: pageURL)
        }
        return nil
    }

    private static func readAttributes(_ scanner: inout MarkupScanner) -> [String: String] {
        var attributes: [String: String] = [:]
        while true {
            scanner.skipWhitespace()
            guard let byte = scanner.current, byte != UInt8(ascii: ">") else { return attributes }
            let name = scanner.readName()
            if name.isEmpty {
                scanner.step()
                continue
            }
            scanner.skipWhitespace()
            if scanner.consume("=") {
                scanner.skipWhitespace()
                attributes[name] = attributes[name] ?? scanner.readValue()
            }
        }
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#38;", with: "&")
    }

    private static func resolve(_ href: String, against pageURL: String) -> String? {
        guard !href.isEmpty else { return nil }
        return URL(string: href, relativeTo: URL(string: pageURL))?.absoluteString
    }
}
