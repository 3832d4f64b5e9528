import BriefingModel
import Foundation

/// "This month's issue": the six sections as the draft shows them, each item with its actions.
struct IssuePage {
    /// More candidates shown per section.
    static let moreShown = 10

    let view: MonthView
    let csrf: String
    let timeZone: TimeZone

    func render() -> String {
        let month = view.month
        var body = "<h1>Issue \(month)</h1>"
        body +=
            "<p class=\"keys\">Keys: j/k next/previous item · c keep · x drop · p pin · u undo · 1–6 move to section · [ and ] up and down</p>"
        for section in Section.allCases {
            let items = view.plan.items[section] ?? []
            let more = view.plan.moreCandidates[section] ?? []
            body += "<h2 id=\"\(section.rawValue)\">\(HTML.text(section.heading)) <small>(\(items.count))</small></h2>"
            if items.isEmpty { body += "<p class=\"meta\">本月暂无。</p>" }
            body += items.map {
                ItemCard(item: $0, view: view, csrf: csrf, timeZone: timeZone, isMore: false, siblings: items).render()
            }.joined()
            if !more.isEmpty {
                body += "<h3>更多候选 · \(more.count)</h3>"
                // The first few only: a month of thousands would make the page megabytes long;
                // the candidates page has them all, paginated.
                if more.count > Self.moreShown {
                    body += "<p class=\"meta\"><a href=\"/month/\(month)/candidates?section=\(section.rawValue)\">"
                    body += "the first \(Self.moreShown) of \(more.count); all of them on the candidates page →</a></p>"
                }
                body += more.prefix(Self.moreShown).map {
                    ItemCard(item: $0, view: view, csrf: csrf, timeZone: timeZone, isMore: true).render()
                }
                .joined()
            }
        }
        return PageLayout.page(title: "Issue \(month)", month: month, body: body)
    }
}
