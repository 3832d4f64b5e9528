import Mustache

/// A custom layout (feeds.yaml `template:`) rendered with Mustache. The context carries the
/// draft's data already escaped for Markdown, so `{{name}}` and `{{{name}}}` are both inert;
/// `{{{name}}}` shows it without Mustache's extra HTML escaping.
enum TemplateRenderer {
    static func render(_ document: DraftDocument, templateText: String, path: String?) throws(DraftTemplateError)
        -> String
    {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: templateText)
        } catch let error as MustacheTemplate.ParserError {
            let at = "line \(error.context.lineNumber), column \(error.context.columnNumber)"
            throw DraftTemplateError(path: path, reason: "\(error.error) at \(at)")
        } catch {
            throw DraftTemplateError(path: path, reason: "\(error)")
        }
        return template.render(context(document))
    }

    /// Names a template can use: title, month, timeZone, sections[] (key, number, heading, empty,
    /// items[], moreCandidates[]); items have number, headline, metadata, needsReview, reviewMark,
    /// confidence, why, version, source, excerpt, highlights[], furtherReading[]; links have
    /// title, url, source, date and line (the built-in Markdown line).
    static func context(_ document: DraftDocument) -> [String: Any] {
        [
            "title": MarkdownText.escape(document.title), "month": document.month,
            "timeZone": document.timeZone, "sections": document.sections.map(section),
        ]
    }

    private static func section(_ part: DraftDocument.Part) -> [String: Any] {
        [
            "key": part.key, "number": part.number, "heading": part.heading, "empty": part.items.isEmpty,
            "items": part.items.map(item), "moreCandidates": part.moreCandidates.map(link),
        ]
    }

    private static func item(_ item: DraftDocument.Item) -> [String: Any] {
        [
            "number": item.number, "headline": MarkdownText.escape(item.headline),
            "metadata": MarkdownRenderer.metadata(item), "needsReview": item.needsReview,
            "reviewMark": MarkdownRenderer.reviewMark, "confidence": MarkdownRenderer.confidence(item.confidence),
            "why": MarkdownText.escape(item.why), "version": item.version.map(MarkdownText.escape) ?? "",
            "source": link(item.source), "excerpt": MarkdownText.escape(item.excerpt),
            "highlights": item.highlights.map(MarkdownText.escape), "furtherReading": item.furtherReading.map(link),
        ]
    }

    private static func link(_ link: DraftDocument.Link) -> [String: Any] {
        [
            "title": MarkdownText.escape(link.title), "url": link.url ?? "",
            "source": MarkdownText.escape(link.source), "date": link.date, "line": MarkdownRenderer.line(link),
        ]
    }
}
