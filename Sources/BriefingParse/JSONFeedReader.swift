import BriefingModel
import Foundation

/// Reads JSON Feed 1.0/1.1 documents. Any other JSON object gives a feed of format `.unknown`.
enum JSONFeedReader {
    /// The feed, or nil when the bytes are not a JSON object.
    static func read(_ bytes: [UInt8], baseURL: String?) -> ParsedFeed? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)),
            let root = object as? [String: Any]
        else { return nil }
        let version = root["version"] as? String ?? ""
        guard version.hasPrefix("https://jsonfeed.org/version/") || version.hasPrefix("http://jsonfeed.org/version/")
        else { return ParsedFeed(format: .unknown) }
        let resolve = { (url: String) in baseURL.map { URLResolver.resolve(url, against: $0) } ?? url }
        var feed = ParsedFeed(format: .json)
        feed.title = text(root["title"])
        feed.link = text(root["home_page_url"]).map(resolve)
        feed.subtitle = text(root["description"])
        feed.language = text(root["language"])
        feed.icon = (text(root["icon"]) ?? text(root["favicon"])).map(resolve)
        feed.author = authors(root).first
        let items = root["items"] as? [[String: Any]] ?? []
        feed.entries = items.map { entry(from: $0, resolve: resolve) }
        return feed
    }

    private static func entry(from item: [String: Any], resolve: (String) -> String) -> ParsedEntry {
        var entry = ParsedEntry()
        entry.id = text(item["id"]) ?? (item["id"] as? NSNumber)?.stringValue
        entry.title = text(item["title"])
        entry.link = (text(item["url"]) ?? text(item["external_url"])).map(resolve)
        entry.published = text(item["date_published"]).flatMap(FeedDate.parse)
        entry.updated = text(item["date_modified"]).flatMap(FeedDate.parse)
        entry.authors = authors(item)
        entry.summary = text(item["summary"])
        entry.content = text(item["content_html"]) ?? text(item["content_text"])
        entry.categories = (item["tags"] as? [Any] ?? []).compactMap(text)
        let attachments = item["attachments"] as? [[String: Any]] ?? []
        entry.enclosures = attachments.compactMap { attachment in
            guard let url = text(attachment["url"]) else { return nil }
            let length = (attachment["size_in_bytes"] as? NSNumber)?.intValue
            return Enclosure(url: resolve(url), type: text(attachment["mime_type"]), length: length)
        }
        return entry
    }

    /// Names of `authors` (1.1) or `author` (1.0).
    private static func authors(_ object: [String: Any]) -> [String] {
        var list = object["authors"] as? [[String: Any]] ?? []
        if let single = object["author"] as? [String: Any] { list.append(single) }
        return list.compactMap { text($0["name"]) ?? text($0["url"]) }
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.trimmingXMLSpace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
