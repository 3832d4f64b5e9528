import BriefingModel
import Foundation
import GRDB

extension EntryRow: FetchableRecord {
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        feed = try row.decode(forColumn: "feed")
        key = try row.decode(forColumn: "key")
        url = try row.decode(forColumn: "url")
        normalizedUrl = try row.decode(forColumn: "normalized_url")
        title = try row.decode(forColumn: "title")
        author = try row.decode(forColumn: "author")
        published = try row.decode(forColumn: "published")
        updated = try row.decode(forColumn: "updated")
        firstSeen = try row.decode(forColumn: "first_seen")
        summary = try row.decode(forColumn: "summary")
        content = try row.decode(forColumn: "content")
        categories = try CategoriesJSON.decode(row.decode(forColumn: "categories"))
        section = try (row.decode(String?.self, forColumn: "section")).flatMap(Section.init(rawValue:))
        confidence = try row.decode(forColumn: "confidence")
        why = try row.decode(forColumn: "why")
        isCandidate = try row.decode(forColumn: "is_candidate")
        score = try row.decode(forColumn: "score")
    }
}

extension EntryRow: MutablePersistableRecord {
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["feed"] = feed
        container["key"] = key
        container["url"] = url
        container["normalized_url"] = normalizedUrl
        container["title"] = title
        container["author"] = author
        container["published"] = published
        container["updated"] = updated
        container["first_seen"] = firstSeen
        container["summary"] = summary
        container["content"] = content
        container["categories"] = CategoriesJSON.encode(categories)
        container["section"] = section?.rawValue
        container["confidence"] = confidence
        container["why"] = why
        container["is_candidate"] = isCandidate
        container["score"] = score
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The `categories` column: a JSON array of strings.
enum CategoriesJSON {
    /// Written by hand: JSONSerialization cost more than the rest of storing an entry. Quotes,
    /// backslashes and control characters are escaped; everything else is kept as it is.
    static func encode(_ categories: [String]) -> String {
        guard !categories.isEmpty else { return "[]" }
        var json = "["
        for (index, category) in categories.enumerated() {
            json += index == 0 ? "\"" : ",\""
            if category.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                json += category
            } else {
                for scalar in category.unicodeScalars { json += escaped(scalar) }
            }
            json += "\""
        }
        return json + "]"
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\u{00}"..."\u{1F}":
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return String(scalar)
        }
    }

    static func decode(_ text: String) throws -> [String] {
        guard text != "[]" else { return [] }
        guard let categories = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] else {
            throw DatabaseError(message: "entries.categories is not a JSON array of strings: \(text)")
        }
        return categories
    }
}
