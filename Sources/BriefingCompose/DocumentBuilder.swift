import BriefingModel
import Foundation

/// Builds the `DraftDocument` of a plan: orders sections, numbers items, formats dates in the
/// draft's time zone, cuts excerpts, extracts release highlights, and leaves out entries dated
/// outside the month.
struct DocumentBuilder {
    /// How many release-note highlights an item shows, and how long each may be.
    private static let highlightCount = 5
    private static let highlightLength = 160

    let settings: DraftSettings
    private let calendar: Calendar

    init(settings: DraftSettings) {
        self.settings = settings
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = settings.timeZone
        self.calendar = calendar
    }

    func document(_ plan: DraftPlan) -> DraftDocument {
        let window = plan.month.window(in: settings.timeZone)
        let parts = Section.allCases.map { section in
            let items = (plan.items[section] ?? []).compactMap { inMonth($0, window) }
            let more = (plan.moreCandidates[section] ?? []).compactMap { inMonth($0, window) }
            return DraftDocument.Part(
                key: section.rawValue, number: section.number, heading: section.heading,
                items: items.enumerated().map { item($1, number: $0 + 1) },
                moreCandidates: more.flatMap { $0.entries.map(link) })
        }
        return DraftDocument(
            title: PlainText.singleLine(settings.title(for: plan.month)), month: plan.month.description,
            timeZone: settings.timeZone.identifier, sections: parts)
    }

    /// The item with only its entries dated inside the month, led by the first of them; nil when none is.
    private func inMonth(_ item: DraftItem, _ window: Range<Date>) -> DraftItem? {
        let kept = item.entries.filter { window.contains($0.date) }
        guard let lead = kept.first else { return nil }
        var copy = item
        copy.lead = lead
        copy.related = Array(kept.dropFirst())
        return copy
    }

    private func item(_ item: DraftItem, number: Int) -> DraftDocument.Item {
        let lead = item.lead
        let notes = lead.content.map(HTMLText.init)
        let isRelease = item.section == .releases || item.version != nil
        let highlights = isRelease ? (notes?.listItems ?? []).prefix(Self.highlightCount) : []
        // Release notes continue with what 新特性速览 lists: the excerpt is their opening.
        let body = TextCleaner(lead.summary.isEmpty ? (notes?.text ?? "") : lead.summary)
            .body(stoppingAtHeading: !highlights.isEmpty)
        return DraftDocument.Item(
            number: number, headline: PlainText.singleLine(item.headline ?? lead.title),
            section: item.section.rawValue, entryIDs: item.entries.map(\.id),
            confidence: (item.confidence * 100).rounded() / 100, why: PlainText.singleLine(item.why),
            needsReview: item.needsReview, version: item.version.map(PlainText.singleLine),
            source: link(lead), excerpt: excerpt(body, title: lead.title),
            highlights: highlights.map { Excerpt.cut(TextCleaner.withoutTracking($0), limit: Self.highlightLength) },
            furtherReading: item.related.map(link))
    }

    /// The cut text, or nothing when it only repeats the title (feeds often do).
    private func excerpt(_ body: String, title: String) -> String {
        let text = Excerpt.cut(body)
        return text == PlainText.singleLine(title) ? "" : text
    }

    private func link(_ entry: Entry) -> DraftDocument.Link {
        // The address as the store dedups it: the feed's own, without tracking parameters.
        let address = entry.url.map(URLNormalizer.withoutTracking)
        let safe = SafeLink.http(address)
        return DraftDocument.Link(
            entryID: entry.id, title: PlainText.singleLine(entry.title), url: safe,
            unlinkedURL: safe == nil ? address.map(PlainText.singleLine) : nil,
            source: PlainText.singleLine(entry.feed), date: day(entry.date))
    }

    /// `YYYY-MM-DD` of `date` in the draft's time zone.
    private func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
