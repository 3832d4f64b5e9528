import BriefingCompose
import BriefingModel
import Foundation

/// `briefing-bench compose [ENTRIES]`: composes a month plan built from ENTRIES entries (default
/// 10,000) as Markdown, once with the usual section cap (the rest as "more candidates") and once
/// with every entry as an item, and prints the wall and CPU time of each (target: under 1 s).
func composeBenchmark(_ arguments: [String]) throws {
    let count = arguments.first.flatMap(Int.init) ?? 10_000
    let composer = DraftComposer(settings: DraftSettings(), feeds: [])
    let entries = ComposeBenchmarkData.entries(count)
    for (label, cap) in [("capped at 12 items per section", 12), ("every entry an item", Int.max)] {
        let plan = ComposeBenchmarkData.plan(entries, cap: cap)
        let wallClock = ContinuousClock()
        var bytes = 0
        // CPU time too: on a shared machine the wall time includes waiting for a core.
        let cpuBefore = clock()
        let elapsed = wallClock.measure { bytes = composer.markdown(plan).utf8.count }
        let cpu = Double(clock() - cpuBefore) / Double(CLOCKS_PER_SEC)
        print("compose \(count) entries, \(label): \(elapsed) wall, \(cpu) s CPU (\(bytes) bytes of Markdown)")
    }
}

/// Synthetic entries for the compose benchmark: English and Chinese summaries, release notes
/// with a list of highlights, groups of up to three entries.
enum ComposeBenchmarkData {
    static func entries(_ count: Int) -> [Entry] {
        let start = Date(timeIntervalSince1970: 1_746_057_600)  // 2025-05-01T00:00Z, inside May in Shanghai
        let summary = String(repeating: "Kubernetes 1.33 brings sidecar containers to GA. 新版本带来了许多改进。", count: 8)
        let notes = "<ul>" + (1...12).map { "<li>Change \($0): <b>faster</b> &amp; safer</li>" }.joined() + "</ul>"
        return (0..<count).map { index in
            let published = start.addingTimeInterval(Double(index % 2_500_000))
            let title = "Entry \(index): [release] *notes* <b>v1.\(index % 40).0</b>"
            return Entry(
                id: Int64(index + 1), feed: "feed-\(index % 50)", key: "k\(index)",
                url: "https://example.com/posts/\(index)?ref=feed", normalizedURL: nil, title: title,
                published: published, firstSeen: start, summary: summary, content: index % 6 == 0 ? notes : nil)
        }
    }

    static func plan(_ entries: [Entry], cap: Int) -> DraftPlan {
        var items: [Section: [DraftItem]] = [:]
        var more: [Section: [DraftItem]] = [:]
        var index = 0
        while index < entries.count {
            let group = Array(entries[index..<min(index + 1 + index % 3, entries.count)])
            let section = Section.allCases[index % 6]
            let item = DraftItem(
                section: section, lead: group[0], related: Array(group.dropFirst()),
                version: section == .releases ? "v1.2.0" : nil, score: 1, confidence: 0.4 + Double(index % 6) / 10,
                why: "bench", needsReview: index % 5 == 0)
            if items[section, default: []].count < cap {
                items[section, default: []].append(item)
            } else {
                more[section, default: []].append(item)
            }
            index += group.count
        }
        return DraftPlan(month: Month(year: 2025, month: 5)!, items: items, moreCandidates: more)
    }
}
