import BriefingModel
import Foundation

/// Helpers shared by the store tests: temporary folders, entry drafts, dates.
enum TestSupport {
    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "briefing-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a folder made by `temporaryFolder()`.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A UTC instant written as `2025-05-31T15:59:59Z`.
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    static func draft(
        _ key: String, title: String? = nil, url: String? = nil, published: Date? = nil, updated: Date? = nil,
        summary: String = "summary", content: String? = nil, categories: [String] = []
    ) -> EntryDraft {
        let link = url ?? "https://example.com/\(key)"
        return EntryDraft(
            key: "id:" + key, url: link, normalizedURL: URLNormalizer.normalize(link), title: title ?? "Title \(key)",
            author: "author", published: published, updated: updated, summary: summary, content: content,
            categories: categories)
    }

    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
}
