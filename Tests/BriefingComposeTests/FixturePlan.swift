import BriefingModel
import Foundation
import Testing

/// The fixture month (May 2025) as a `DraftPlan`, built in code from `entries-2025-05.json`.
enum FixturePlan {
    private struct Row: Decodable {
        var id: Int64
        var feed: String
        var url: String?
        var title: String
        var published: String
        var summary: String
        var content: String?
    }

    static let may = Month(year: 2025, month: 5)!
    static let settings = DraftSettings()

    static func entries() throws -> [Int64: Entry] {
        let url = try #require(
            Bundle.module.url(forResource: "entries-2025-05", withExtension: "json", subdirectory: "Fixtures"))
        let rows = try JSONDecoder().decode([Row].self, from: Data(contentsOf: url))
        var entries: [Int64: Entry] = [:]
        for row in rows { entries[row.id] = entry(row) }
        return entries
    }

    private static func entry(_ row: Row) -> Entry {
        let date = ISO8601DateFormatter().date(from: row.published)!
        return Entry(
            id: row.id, feed: row.feed, key: row.url ?? "\(row.id)", url: row.url, normalizedURL: row.url,
            title: row.title, published: date, firstSeen: date, summary: row.summary, content: row.content)
    }

    static func item(
        _ section: Section, _ entries: [Entry], headline: String? = nil, version: String? = nil,
        confidence: Double = 0.9, why: String = "rule", needsReview: Bool = false
    ) -> DraftItem {
        DraftItem(
            section: section, lead: entries[0], related: Array(entries.dropFirst()), headline: headline,
            version: version, score: 1, confidence: confidence, why: why, needsReview: needsReview)
    }

    /// Releases (etcd with a how-to, Istio), news (two groups and a late-April entry that must
    /// not show), discussion (CJK excerpt, a hostile title), empty reports, products, fun at the
    /// last minute of May in Shanghai, and more candidates in two sections.
    static func plan() throws -> DraftPlan {
        let e = try entries()
        let items: [Section: [DraftItem]] = [
            .releases: [
                item(
                    .releases, [e[12]!, e[40]!], headline: "etcd v3.6.0 发布", version: "v3.6.0", confidence: 0.82,
                    why: "release: etcd v3.6.0"),
                item(.releases, [e[13]!], version: "1.26.0", why: "release: istio 1.26.0"),
            ],
            .news: [
                item(.news, [e[21]!, e[22]!], why: "learned: news 0.74", needsReview: false),
                item(.news, [e[31]!, e[32]!, e[33]!], headline: "Nutanix 相关的新闻与访谈三则", why: "group: nutanix"),
                item(.news, [e[90]!], why: "rule: feeds.yaml:12"),
            ],
            .discussion: [
                item(.discussion, [e[51]!], why: "learned: discussion 0.66"),
                item(.discussion, [e[72]!], confidence: 0.31, why: "learned: \"fun\" --> 0.31 <b>", needsReview: true),
            ],
            .products: [item(.products, [e[61]!], why: "rule: feeds.yaml:30")],
            .fun: [item(.fun, [e[71]!], confidence: 0.45, why: "learned: fun 0.45", needsReview: true)],
        ]
        let more: [Section: [DraftItem]] = [
            .news: [item(.news, [e[82]!], why: "learned: news 0.55")],
            .discussion: [item(.discussion, [e[81]!], why: "learned: discussion 0.52")],
        ]
        return DraftPlan(month: may, items: items, moreCandidates: more)
    }
}
