import BriefingModel
import BriefingStore
import Foundation

/// `briefing-bench store [FEEDS] [ENTRIES_PER_FEED]`: stores FEEDS feeds of ENTRIES_PER_FEED entries
/// each into a fresh file store (one transaction per feed, as a run does), stores them all again
/// (the daily case: nothing new), and reads a month window and the feed reports.
enum StoreBenchmark {
    static func run(_ arguments: [String]) throws {
        let feeds = arguments.first.flatMap { Int($0) } ?? 100
        let perFeed = arguments.dropFirst().first.flatMap { Int($0) } ?? 200
        let folder = NSTemporaryDirectory() + "briefing-bench-store-" + UUID().uuidString
        let store = try Store(path: folder + "/briefing.sqlite")
        let batches = (0..<feeds).map { feed in (0..<perFeed).map { draft(feed: feed, index: $0) } }
        try store.syncFeeds((0..<feeds).map { FeedSource(name: "feed\($0)", url: "https://example.com/\($0).xml") })
        try report("first store", count: feeds * perFeed) { try storeAll(batches, in: store) }
        try report("same entries again", count: feeds * perFeed) { try storeAll(batches, in: store) }
        let may = Month(year: 2025, month: 5)!.window(in: TimeZone(identifier: "Asia/Shanghai")!)
        var found = 0
        try report("entries(in: May 2025)", count: 1) { found = try store.entries(in: may).count }
        try report("entries() (all)", count: feeds * perFeed) { _ = try store.entries() }
        try report("feedReports()", count: 1) { _ = try store.feedReports() }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/briefing.sqlite")
        let size = attributes[.size] as? Int ?? 0
        print("entries in May: \(found); database file: \(size) bytes")
        try FileManager.default.removeItem(atPath: folder)
    }

    private static func storeAll(_ batches: [[EntryDraft]], in store: Store) throws {
        for (feed, drafts) in batches.enumerated() {
            let health = FeedHealth(url: "https://example.com/\(feed).xml", etag: "\"\(feed)\"")
            _ = try store.storeFetchedEntries(drafts, forFeed: "feed\(feed)", health: health, at: Date())
        }
    }

    private static func draft(feed: Int, index: Int) -> EntryDraft {
        let link = "https://example.com/\(feed)/posts/\(index)?utm_source=rss"
        let published = Date(timeIntervalSince1970: 1_740_000_000 + Double(index * 43_200 + feed * 60))
        return EntryDraft(
            key: EntryIdentity.key(id: nil, link: link, title: nil, content: nil), url: link,
            normalizedURL: URLNormalizer.normalize(link), title: "Feed \(feed) post \(index)", author: "someone",
            published: published, updated: nil, summary: String(repeating: "summary text ", count: 40),
            content: String(repeating: "<p>content</p>", count: 100), categories: ["kubernetes", "release"])
    }

    /// Prints wall time and CPU time: on a shared machine the wall time includes waiting for a
    /// core, the CPU time does not (a store's fsyncs are wall time only).
    private static func report(_ name: String, count: Int, _ body: () throws -> Void) rethrows {
        let start = ContinuousClock.now
        let startCPU = cpuSeconds(RUSAGE_SELF.rawValue)
        try body()
        let cpu = cpuSeconds(RUSAGE_SELF.rawValue) - startCPU
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perItem =
            count > 1
            ? String(
                format: " (%.1f µs per entry; CPU %.1f µs per entry)", seconds * 1e6 / Double(count),
                cpu * 1e6 / Double(count))
            : ""
        print("\(name): " + String(format: "%.3f s", seconds) + perItem)
    }
}
