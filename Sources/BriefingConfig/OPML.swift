import BriefingModel
import Foundation

/// OPML 2.0, the subscription list every feed reader imports and exports.
public enum OPML {
    /// An OPML 2.0 document listing `feeds` (enabled or not) as `type="rss"` outlines, in order.
    public static func export(feeds: [FeedSource], title: String) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<opml version="2.0">"#,
            "  <head>",
            "    <title>\(XMLText.escape(title))</title>",
            "  </head>",
            "  <body>",
        ]
        for feed in feeds {
            let name = XMLText.escape(feed.name)
            lines.append(
                #"    <outline type="rss" text="\#(name)" title="\#(name)" xmlUrl="\#(XMLText.escape(feed.url))"/>"#)
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    /// The feeds of an OPML document: every outline with an `xmlUrl`, nested folders flattened,
    /// named by `title` (else `text`, else the URL's host), kind `news`.
    ///
    /// `path` names the file in messages. Throws `.invalidConfig` for a file that is not OPML.
    public static func parse(_ data: Data, path: String) throws(ConfigError) -> [FeedSource] {
        let reader = OPMLReader(data: data)
        let outcome = reader.read()
        if let problem = outcome.problem {
            throw ConfigError(
                message: "\(path): not a valid OPML file: \(problem.text) (\(path):\(problem.line))",
                line: problem.line)
        }
        var feeds: [FeedSource] = []
        for outline in outcome.outlines {
            feeds.append(try feed(from: outline, path: path))
        }
        return feeds
    }

    private static func feed(from outline: OPMLReader.Outline, path: String) throws(ConfigError) -> FeedSource {
        let url = outline.xmlURL.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
            let host = URLComponents(string: url)?.host, !host.isEmpty
        else {
            throw ConfigError(
                message: "\(path): outline xmlUrl '\(url)' is not an http or https URL; fix or remove it "
                    + "(\(path):\(outline.line))", line: outline.line)
        }
        let title = [outline.title, outline.text].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        return FeedSource(name: title ?? host, url: url, kind: .news)
    }
}
