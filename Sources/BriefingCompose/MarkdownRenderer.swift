import Foundation

/// The built-in Markdown layout: the reference issue's skeleton with the editor's slots.
enum MarkdownRenderer {
    /// The heading of the appendix; `DraftReader` recognises it.
    static let appendixHeading = "更多候选"
    /// The line an empty section carries.
    static let emptySection = "本月暂无。"
    /// The mark on items the classifier is unsure about.
    static let reviewMark = "⚠️ 待确认"

    /// - Parameter scaffold: show the empty `简介 / 特点 / 拓展阅读` headings under every item.
    static func render(_ document: DraftDocument, scaffold: Bool = false) -> String {
        var out = "# \(MarkdownText.escape(document.title))\n"
        for part in document.sections {
            out += "\n## \(part.heading)\n"
            if part.items.isEmpty { out += "\n\(emptySection)\n" }
            for item in part.items { out += "\n" + render(item, scaffold: scaffold) }
        }
        out += appendix(document.sections)
        return out
    }

    /// One item: headline, metadata, review mark, source line, version, excerpt, highlights, and
    /// the sub-headings that have something under them (all of them with `scaffold`).
    private static func render(_ item: DraftDocument.Item, scaffold: Bool) -> String {
        var lines = ["### \(item.number). \(MarkdownText.escape(item.headline))", "", metadata(item)]
        if let month = item.headlineFrom { lines += ["", "<!-- 标题沿用 \(month) 的写法 -->"] }
        if item.needsReview {
            lines += ["", "\(reviewMark)(置信度 \(confidence(item.confidence)),请核对专题与取舍)"]
        }
        lines += ["", "来源:" + line(item.source)]
        if let version = item.version { lines += ["", "版本:" + MarkdownText.escape(version)] }
        for text in item.remembered ?? [] { lines += remembered(text) }
        if !item.excerpt.isEmpty { lines += ["", "> " + MarkdownText.escape(item.excerpt)] }
        if let machine = item.machine, !machine.summary.isEmpty {
            lines += ["", "> \(MachineMark.text)", "", "#### 简介", "", MarkdownText.escape(machine.summary)]
        }
        let highlights = item.machine.map { $0.highlights.isEmpty ? item.highlights : $0.highlights } ?? item.highlights
        if !highlights.isEmpty {
            lines += ["", "#### 新特性速览", ""] + highlights.map { "- " + MarkdownText.escape($0) }
        }
        let hasSummary = !(item.machine?.summary.isEmpty ?? true)
        if scaffold { lines += (hasSummary ? [] : ["", "#### 简介"]) + ["", "#### 特点"] }
        if scaffold || !item.furtherReading.isEmpty { lines += ["", "#### 拓展阅读"] }
        if !item.furtherReading.isEmpty { lines += [""] + item.furtherReading.map { "- " + line($0) } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An editors' text from an earlier month under its sub-heading, marked with where it came from.
    private static func remembered(_ text: DraftDocument.Remembered) -> [String] {
        let body = text.lines.map { (text.isList ? "- " : "") + MarkdownText.escape($0) }
        let paragraphs = text.isList ? body : Array(body.map { [$0, ""] }.joined().dropLast())
        return ["", "#### \(MarkdownText.escape(text.heading)) <!-- from \(text.month) -->", ""] + paragraphs
    }

    /// The comment `briefing learn` reads: entry ids, section, confidence and why.
    static func metadata(_ item: DraftDocument.Item) -> String {
        let ids = item.entryIDs.map(String.init).joined(separator: ",")
        return "<!-- briefing: ids=\(ids) section=\(item.section) confidence=\(confidence(item.confidence))"
            + " why=\"\(commentSafe(item.why))\" -->"
    }

    /// `[title](url) — source · YYYY-MM-DD`.
    static func line(_ link: DraftDocument.Link) -> String {
        let title = MarkdownText.link(title: link.title, url: link.url ?? link.unlinkedURL)
        return "\(title) — \(MarkdownText.escape(link.source)) · \(link.date)"
    }

    private static func appendix(_ parts: [DraftDocument.Part]) -> String {
        var out = "\n## \(appendixHeading)\n"
        let listed = parts.filter { !$0.moreCandidates.isEmpty }
        if listed.isEmpty { out += "\n\(emptySection)\n" }
        for part in listed {
            out += "\n### \(part.heading)\n\n"
            for link in part.moreCandidates { out += "- \(line(link)) <!-- briefing: ids=\(link.entryID) -->\n" }
            if part.moreOmitted > 0 { out += "- \(omittedLine(part))\n" }
        }
        return out
    }

    /// `另有 12 条候选未列出(briefing entries --section news)`: the appendix shows the best only.
    static func omittedLine(_ part: DraftDocument.Part) -> String {
        "另有 \(part.moreOmitted) 条候选未列出(`briefing entries --section \(part.key)`)"
    }

    static func confidence(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Text that cannot end or break an HTML comment or the quoted `why`.
    private static func commentSafe(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "\"", with: "'")
            .replacingOccurrences(of: "<", with: "‹").replacingOccurrences(of: ">", with: "›")
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "-") }
        return out
    }
}
