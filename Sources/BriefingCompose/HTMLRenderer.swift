import BriefingModel

/// The preview page: one self-contained HTML file with inline CSS, everything escaped, links
/// only http(s), and a policy that forbids scripts and remote loads.
enum HTMLRenderer {
    private static let style = """
        body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
        h2{border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{margin-bottom:.3rem}
        .meta{color:#777;font-size:.85rem}.review{color:#b35c00;font-weight:bold}
        blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc;color:#444}
        .slot{color:#999;font-style:italic}
        """

    static func render(_ document: DraftDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(escape(document.title))</title><style>\(style)</style></head><body>
            <h1>\(escape(document.title))</h1>\n
            """
        for part in document.sections {
            out += "<section><h2>\(escape(part.heading))</h2>\n"
            if part.items.isEmpty { out += "<p>\(MarkdownRenderer.emptySection)</p>\n" }
            out += part.items.map(render).joined()
            out += "</section>\n"
        }
        out += appendix(document.sections) + "</body></html>\n"
        return out
    }

    private static func render(_ item: DraftDocument.Item) -> String {
        var out = "<article><h3>\(item.number). \(escape(item.headline))</h3>\n"
        let ids = item.entryIDs.map(String.init).joined(separator: ",")
        out +=
            "<p class=\"meta\">ids=\(ids) · \(item.section) · confidence \(MarkdownRenderer.confidence(item.confidence))"
        out += " · \(escape(item.why))</p>\n"
        if item.needsReview { out += "<p class=\"review\">\(MarkdownRenderer.reviewMark)</p>\n" }
        out += "<p>来源:\(line(item.source))</p>\n"
        if let version = item.version { out += "<p>版本:\(escape(version))</p>\n" }
        for text in item.remembered ?? [] {
            out += "<h4>\(escape(text.heading)) <small>(\(escape(text.month)))</small></h4>\n"
            out += text.lines.map { "<p>\(escape($0))</p>" }.joined() + "\n"
        }
        if !item.excerpt.isEmpty { out += "<blockquote>\(escape(item.excerpt))</blockquote>\n" }
        if let machine = item.machine {
            out += "<p class=\"review\">\(MachineMark.text)</p><p>\(escape(machine.summary))</p>\n"
        }
        let highlights = item.machine.map { $0.highlights.isEmpty ? item.highlights : $0.highlights } ?? item.highlights
        if !highlights.isEmpty {
            out += "<h4>新特性速览</h4><ul>" + highlights.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        out += "<h4>简介</h4><p class=\"slot\">…</p><h4>特点</h4><p class=\"slot\">…</p><h4>拓展阅读</h4>\n"
        if !item.furtherReading.isEmpty {
            out += "<ul>" + item.furtherReading.map { "<li>\(line($0))</li>" }.joined() + "</ul>\n"
        }
        return out + "</article>\n"
    }

    private static func appendix(_ parts: [DraftDocument.Part]) -> String {
        var out = "<section><h2>\(MarkdownRenderer.appendixHeading)</h2>\n"
        for part in parts where !part.moreCandidates.isEmpty {
            out += "<h3>\(escape(part.heading))</h3><ul>"
            out += part.moreCandidates.map { "<li>\(line($0))</li>" }.joined()
            if part.moreOmitted > 0 { out += "<li>\(escape(MarkdownRenderer.omittedLine(part)))</li>" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private static func line(_ link: DraftDocument.Link) -> String {
        let title = escape(link.title.isEmpty ? (link.url ?? link.unlinkedURL ?? "") : link.title)
        let anchor =
            link.url.map { "<a href=\"\(escape($0))\" rel=\"noopener noreferrer nofollow\">\(title)</a>" }
            ?? title + (link.unlinkedURL.map { " (\(escape($0)))" } ?? "")
        return "\(anchor) — \(escape(link.source)) · \(escape(link.date))"
    }

    /// Escapes the five characters that matter in HTML text and attribute values.
    static func escape(_ text: String) -> String { MarkupEscaping.escaped(text) }
}
