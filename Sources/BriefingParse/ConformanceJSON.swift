import BriefingModel
import Foundation

/// Renders a feed in the normalised JSON of the conformance corpus (`conformance/README.md`):
/// `format`, `bozo`, `feed` and `entries` always; other keys only when they have a value.
public enum ConformanceJSON {
    /// One JSON object, keys in the README's order, dates as ISO 8601 UTC with `Z`.
    public static func render(_ feed: ParsedFeed) -> String {
        var object = JSONObjectWriter()
        object.raw("format", quoted(feed.format.rawValue))
        object.raw("bozo", feed.bozo ? "true" : "false")
        object.string("bozo_reason", feed.bozoReason)
        object.raw("feed", feedObject(feed))
        object.raw("entries", "[" + feed.entries.map(entryObject).joined(separator: ", ") + "]")
        return object.result()
    }

    private static func feedObject(_ feed: ParsedFeed) -> String {
        var object = JSONObjectWriter()
        object.string("title", feed.title)
        object.string("link", feed.link)
        object.string("subtitle", feed.subtitle)
        object.string("updated", feed.updated.map(isoString))
        object.string("language", feed.language)
        object.string("author", feed.author)
        return object.result()
    }

    private static func entryObject(_ entry: ParsedEntry) -> String {
        var object = JSONObjectWriter()
        object.string("id", entry.id)
        object.string("title", entry.title)
        object.string("link", entry.link)
        object.string("published", entry.published.map(isoString))
        object.string("updated", entry.updated.map(isoString))
        object.string("author", entry.authors.last)
        object.string("summary", entry.summary)
        object.string("content", entry.content)
        if !entry.categories.isEmpty {
            object.raw("categories", "[" + entry.categories.map(quoted).joined(separator: ", ") + "]")
        }
        if !entry.enclosures.isEmpty {
            object.raw("enclosures", "[" + entry.enclosures.map(enclosureObject).joined(separator: ", ") + "]")
        }
        return object.result()
    }

    private static func enclosureObject(_ enclosure: Enclosure) -> String {
        var object = JSONObjectWriter()
        object.string("url", enclosure.url)
        object.string("type", enclosure.type)
        if let length = enclosure.length { object.raw("length", String(length)) }
        return object.result()
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func isoString(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = CivilDate.date(days: days)
        let time = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(time / 3_600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}

/// Writes `{"key": value, …}`, skipping absent and empty strings.
private struct JSONObjectWriter {
    private var members: [String] = []

    mutating func string(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        raw(key, ConformanceJSON.quoted(value))
    }

    mutating func raw(_ key: String, _ json: String) {
        members.append(ConformanceJSON.quoted(key) + ": " + json)
    }

    func result() -> String { "{" + members.joined(separator: ", ") + "}" }
}
