import BriefingModel

/// Renders a month's `DraftPlan` as the draft editors finish: Markdown (the reference issue's
/// skeleton), an HTML preview, JSON data, or a custom Mustache template. Everything from a feed
/// is escaped for the output format; the same plan always gives the same bytes.
public struct DraftComposer: Sendable {
    private let settings: DraftSettings
    private let feeds: [FeedSource]
    private let notes: [Int64: ItemNotes]

    /// - Parameters:
    ///   - settings: title template, time zone (dates and the month window) and template path.
    ///   - feeds: the configured feeds (kept for layouts that need more than the feed name,
    ///     which entries carry and the draft shows as the source).
    ///   - notes: the editors' remembered text and machine drafts, by the lead entry id of a planned item.
    public init(settings: DraftSettings, feeds: [FeedSource], notes: [Int64: ItemNotes] = [:]) {
        self.settings = settings
        self.feeds = feeds
        self.notes = notes
    }

    /// The built-in Markdown draft, `drafts/YYYY-MM.md`.
    public func markdown(_ plan: DraftPlan) -> String {
        MarkdownRenderer.render(document(plan), scaffold: settings.scaffold)
    }

    /// A self-contained HTML preview page (inline CSS, no scripts, everything escaped).
    public func html(_ plan: DraftPlan) -> String {
        HTMLRenderer.render(document(plan))
    }

    /// The draft's content as JSON with sorted keys.
    public func json(_ plan: DraftPlan) -> String {
        JSONRenderer.render(document(plan))
    }

    /// The draft through a custom Mustache template. Names: `title`, `month`, `timeZone`,
    /// `sections` (each: `key`, `number`, `heading`, `empty`, `items`, `moreCandidates`); items:
    /// `number`, `headline`, `metadata` (the comment `learn` reads), `needsReview`, `reviewMark`,
    /// `confidence`, `why`, `version`, `source`, `excerpt`, `highlights`, `furtherReading`; links:
    /// `title`, `url`, `source`, `date`, `line` (the built-in Markdown line). Text values are
    /// already Markdown-escaped: use `{{{name}}}` to avoid Mustache's extra HTML escaping.
    /// - Throws: `DraftTemplateError` naming `settings.templatePath` when the template is invalid.
    public func render(_ plan: DraftPlan, templateText: String) throws -> String {
        try TemplateRenderer.render(document(plan), templateText: templateText, path: settings.templatePath)
    }

    private func document(_ plan: DraftPlan) -> DraftDocument {
        DocumentBuilder(settings: settings, notes: notes).document(plan)
    }
}
