import BriefingModel
import Foundation

/// Everything else of the month: filterable, sorted by score, paginated; promote or drop in one click.
struct CandidatesPage {
    let view: MonthView
    let filter: CandidateFilter
    let feeds: [String]
    let csrf: String
    let timeZone: TimeZone

    func render() -> String {
        let month = view.month
        let matches = filter.apply(to: view)
        let pages = max(1, (matches.count + CandidateFilter.pageSize - 1) / CandidateFilter.pageSize)
        let page = min(filter.page, pages)
        let shown = matches.dropFirst((page - 1) * CandidateFilter.pageSize).prefix(CandidateFilter.pageSize)
        var body = "<h1>Candidates \(month) <small>(\(matches.count))</small></h1>" + filterForm()
        body +=
            "<table><thead><tr><th>score</th><th>entry</th><th>section</th><th>candidate</th><th></th></tr></thead><tbody>"
        body += shown.map(row).joined()
        body += "</tbody></table>"
        body += pager(page: page, pages: pages)
        return PageLayout.page(title: "Candidates \(month)", month: month, body: body)
    }

    private func filterForm() -> String {
        let feedOptions =
            "<option value=\"\">any feed</option>"
            + feeds.map { feed in
                "<option value=\"\(HTML.attribute(feed))\"\(feed == filter.feed ? " selected" : "")>\(HTML.text(feed))</option>"
            }.joined()
        let kinds = CandidateFilter.Kind.allCases.map { kind in
            "<option value=\"\(kind.rawValue)\"\(kind == filter.kind ? " selected" : "")>\(kind.rawValue)</option>"
        }.joined()
        return """
            <form method="get" class="act">\(HTML.sectionSelect(selected: filter.section, allowAny: true))\
            <select name="feed">\(feedOptions)</select>\
            <input name="q" placeholder="text" value="\(HTML.attribute(filter.text ?? ""))">\
            <select name="kind">\(kinds)</select><button>Filter</button></form>
            """
    }

    private func row(_ entry: Entry) -> String {
        let classification = entry.classification
        let section = classification?.section ?? .news
        let back = "/month/\(view.month)/candidates?\(filter.query(page: filter.page))"
        let fields =
            HTML.hidden("entries", String(entry.id)) + HTML.hidden("section", section.rawValue)
            + HTML.button("Promote", value: "promote", key: "p") + HTML.button("Drop", value: "drop", key: "x")
        return """
            <tr class="item" tabindex="0" id="entry-\(entry.id)"><td>\(Numbers.short(classification?.score ?? 0))</td>\
            <td>\(HTML.link(entry.title, to: entry.url))<div class="meta">\(HTML.text(entry.feed)) · \
            \(EntryDay.text(entry.date, in: timeZone))</div><div class="why">\(HTML.text(classification?.why ?? ""))</div></td>\
            <td>\(section.rawValue)</td><td>\(classification?.isCandidate == true ? "yes" : "no")</td>\
            <td>\(HTML.form(action: "/month/\(view.month)/act", csrf: csrf, back: back, fields: fields))</td></tr>
            """
    }

    private func pager(page: Int, pages: Int) -> String {
        guard pages > 1 else { return "" }
        let base = "/month/\(view.month)/candidates?"
        var html = "<p>page \(page) of \(pages) "
        if page > 1 { html += "<a href=\"\(HTML.attribute(base + filter.query(page: page - 1)))\">← previous</a> " }
        if page < pages { html += "<a href=\"\(HTML.attribute(base + filter.query(page: page + 1)))\">next →</a>" }
        return html + "</p>"
    }
}
