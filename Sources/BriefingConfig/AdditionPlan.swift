import BriefingModel
import Foundation

/// Decides which feeds to add: skips URLs already listed, makes names unique.
struct AdditionPlan {
    private(set) var added: [FeedSource] = []
    private(set) var skipped: [String] = []
    private var names: Set<String> = []
    private var urls: [String: String] = [:]

    init(existing: [(name: String?, url: String?)]) {
        for feed in existing {
            if let name = feed.name { names.insert(name.lowercased()) }
            if let url = feed.url { urls[FeedURL.identity(url)] = feed.name ?? url }
        }
    }

    mutating func consider(_ feed: FeedSource) {
        let key = FeedURL.identity(feed.url)
        if let holder = urls[key] {
            skipped.append("'\(feed.name)' (\(feed.url)): skipped, its URL is already listed as '\(holder)'")
            return
        }
        var feed = feed
        feed.name = uniqueName(for: feed)
        names.insert(feed.name.lowercased())
        urls[key] = feed.name
        added.append(feed)
    }

    private func uniqueName(for feed: FeedSource) -> String {
        let trimmed = feed.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let base = trimmed.isEmpty ? (URLComponents(string: feed.url)?.host ?? feed.url) : trimmed
        var name = base
        var number = 2
        while names.contains(name.lowercased()) {
            name = "\(base) (\(number))"
            number += 1
        }
        return name
    }
}
