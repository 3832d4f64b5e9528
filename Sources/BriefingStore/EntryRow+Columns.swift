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
        container["categories"] = try CategoriesJSON.encode(categories)
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
    static func encode(_ categories: [String]) throws -> String {
        guard !categories.isEmpty else { return "[]" }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: categories, options: .withoutEscapingSlashes),
            as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [String] {
        guard text != "[]" else { return [] }
        guard let categories = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] else {
            throw DatabaseError(message: "entries.categories is not a JSON array of strings: \(text)")
        }
        return categories
    }
}
