import BriefingModel
import Foundation

/// One item of the issue page: lead, excerpt, grouped links, classification, and its forms.
struct ItemCard {
    let item: DraftItem
    let view: MonthView
    let csrf: String
    let timeZone: TimeZone
    /// Over the section cap: shown under "更多候选", pinned into the body by its button.
    let isMore: Bool
    /// The other items of the section, to merge this one into.
    var siblings: [DraftItem] = []

    func render() -> String {
        let lead = item.lead
        let text = view.text(of: item)
        let review = item.needsReview ? " <span class=\"review\">⚠️ 待确认</span>" : ""
        let decided = item.entries.contains { view.decidedHere.contains($0.id) }
        let decidedMark = item.isEditorDecision ? " <span class=\"decided\">✔ decided</span>" : ""
        var html =
            "<article class=\"item\(isMore ? " more" : "")\" tabindex=\"0\" id=\"item-\(lead.id)\" data-entries=\"\(ids)\">"
        if let zh = text?.headline, !zh.isEmpty { html += "<div class=\"headline zh\">\(HTML.text(zh))</div>" }
        html +=
            "<div class=\"headline\">\(HTML.link(item.headline ?? lead.title, to: lead.url))\(review)\(decidedMark)</div>"
        html += "<div class=\"meta\">\(HTML.text(lead.feed)) · \(EntryDay.text(lead.date, in: timeZone))"
        html += item.version.map { " · 版本 \(HTML.text($0))" } ?? ""
        html += "</div>"
        let excerpt = Excerpts.short(lead.summary)
        if let zh = text?.summary, !zh.isEmpty { html += "<p class=\"excerpt zh\">\(HTML.text(zh))</p>" }
        if !excerpt.isEmpty { html += "<p class=\"excerpt\">\(HTML.text(excerpt))</p>" }
        if !item.related.isEmpty {
            html += "<ul class=\"links\">"
            for entry in item.related {
                html += "<li>\(HTML.link(entry.title, to: entry.url)) — \(HTML.text(entry.feed)) · "
                html += "\(EntryDay.text(entry.date, in: timeZone)) "
                html += HTML.form(
                    action: action, csrf: csrf, back: back,
                    fields: HTML.hidden("entries", String(entry.id)) + HTML.button("split out", value: "split"))
                html += "</li>"
            }
            html += "</ul>"
        }
        html += "<div class=\"why\">section \(item.section.rawValue) · score \(Numbers.short(item.score)) · "
        html += "confidence \(Numbers.short(item.confidence)) · why: \(HTML.text(item.why))</div>"
        html += actions(decided: decided)
        html += textForm(text)
        return html + "</article>"
    }

    private var ids: String { item.entries.map { String($0.id) }.joined(separator: ",") }
    private var action: String { "/month/\(view.month)/act" }
    private var back: String { "/month/\(view.month)#item-\(item.lead.id)" }

    private func actions(decided: Bool) -> String {
        let entries = HTML.hidden("entries", ids)
        var html = HTML.form(
            action: action, csrf: csrf, back: back,
            fields: entries + HTML.hidden("section", item.section.rawValue)
                + (isMore
                    ? HTML.button("Pin into the issue", value: "pin", key: "p")
                    : HTML.button("Keep", value: "keep", key: "c"))
                + HTML.button("Drop", value: "drop", key: "x")
                + (decided ? HTML.button("Undo", value: "undo", key: "u") : ""))
        var moves = ""
        for section in Section.allCases where section != item.section {
            moves += HTML.button(
                "→ \(section.number) \(section.rawValue)", name: "section", value: section.rawValue,
                key: "\(section.number)")
        }
        html += HTML.form(
            action: action, csrf: csrf, back: back,
            fields: entries + HTML.hidden("action", "move") + "<span class=\"meta\">move to </span>" + moves)
        html += arrangeForm(entries: entries)
        return html
    }

    /// Folded away unless the item has a text: triage first, writing second.
    private func textForm(_ text: ItemText?) -> String {
        let fields =
            HTML.hidden("entries", String(item.lead.id)) + HTML.hidden("action", "text")
            + "<input name=\"headline\" placeholder=\"中文标题\" value=\"\(HTML.attribute(text?.headline ?? ""))\">"
            + "<textarea name=\"summary\" placeholder=\"中文简介\">\(HTML.text(text?.summary ?? ""))</textarea>"
            + "<button>Save headline and summary</button>"
        let open = text == nil ? "" : " open"
        return "<details class=\"zh-text\"\(open)><summary>中文标题与简介</summary>"
            + HTML.form(action: action, csrf: csrf, back: back, fields: fields, className: "text") + "</details>"
    }

    /// Up and down in the section, and merge into another item of it (body items only).
    private func arrangeForm(entries: String) -> String {
        guard !isMore else { return "" }
        var html = HTML.form(
            action: action, csrf: csrf, back: back,
            fields: entries + HTML.hidden("section", item.section.rawValue) + HTML.button("↑", value: "up", key: "[")
                + HTML.button("↓", value: "down", key: "]"))
        let targets = siblings.filter { $0.lead.id != item.lead.id }
        guard !targets.isEmpty else { return html }
        let options = targets.map { target in
            "<option value=\"\(target.lead.id)\">\(HTML.text(target.headline ?? target.lead.title))</option>"
        }.joined()
        html += HTML.form(
            action: action, csrf: csrf, back: back,
            fields: entries + "<select name=\"with\">\(options)</select>" + HTML.button("merge into", value: "merge"))
        return html
    }
}
