import BriefingModel
import Foundation

/// Each feed's health and a chart of its entries per day over the month.
struct FeedsPage {
    let reports: [FeedReport]
    let month: Month
    /// Entries per day of the month, by feed name.
    let perDay: [String: [Int]]
    let days: Int
    let failureThreshold: Int
    let timeZone: TimeZone

    func render() -> String {
        var body = "<h1>Feeds · entries per day of \(month)</h1><table><thead><tr><th>feed</th><th>status</th>"
        body +=
            "<th>errors</th><th>last error</th><th>last success</th><th>next fetch</th><th>entries</th><th>\(month)</th></tr></thead><tbody>"
        for report in reports { body += row(report) }
        body += "</tbody></table>"
        return PageLayout.page(title: "Feeds", month: month, body: body)
    }

    private func row(_ report: FeedReport) -> String {
        let candidate =
            report.errorCount >= failureThreshold ? " <span class=\"review\">[exclusion candidate]</span>" : ""
        let chart = EntriesChart(perDay: perDay[report.name] ?? Array(repeating: 0, count: days)).svg()
        return """
            <tr><td>\(HTML.link(report.name, to: report.url))</td><td>\(report.status.rawValue)\(candidate)</td>\
            <td>\(report.errorCount)</td><td>\(HTML.text(report.lastError ?? report.notice ?? ""))</td>\
            <td>\(when(report.lastSuccess))</td><td>\(when(report.nextFetchAt))</td><td>\(report.entries)</td>\
            <td>\(chart)</td></tr>
            """
    }

    private func when(_ date: Date?) -> String {
        date.map { EntryDay.text($0, in: timeZone) } ?? "—"
    }

    /// Counts `entries` per feed and day of `month`.
    static func perDay(_ entries: [Entry], days: Int, in timeZone: TimeZone) -> [String: [Int]] {
        var counts: [String: [Int]] = [:]
        for entry in entries {
            let day = EntryDay.dayOfMonth(entry.date, in: timeZone)
            guard (1...days).contains(day) else { continue }
            counts[entry.feed, default: Array(repeating: 0, count: days)][day - 1] += 1
        }
        return counts
    }
}
