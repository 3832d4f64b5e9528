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
    /// Remembered and machine text per item, by the lead entry id of the planned item.
    let notes: [Int64: ItemNotes]
    private let calendar: Calendar

    init(settings: DraftSettings, notes: [Int64: ItemNotes] = [:]) {
        self.settings = settings
        self.notes = notes
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = settings.timeZone
        self.calendar = calendar
    }

    func document(_ plan: DraftPlan) -> DraftDocument {
        let window = plan.month.window(in: settings.timeZone)
        let parts = Section.allCases.map { section in
            let items = (plan.items[section] ?? []).compactMap { planned in
                inMonth(planned, window).map { ($0, notes[planned.lead.id]) }
            }
            let more = (plan.moreCandidates[section] ?? []).compactMap { inMonth($0, window) }
            return DraftDocument.Part(
                key: section.rawValue, number: section.number, heading: section.heading,
                items: items.enumerated().map { item($1.0, notes: $1.1, number: $0 + 1) },
                moreCandidates: more.flatMap { $0.entries.map(link) }, moreOmitted: plan.moreOmitted[section] ?? 0)
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

    private func item(_ item: DraftItem, notes extra: ItemNotes?, number: Int) -> DraftDocument.Item {
        let lead = item.lead
        let notes = lead.content.map(HTMLText.init)
        let isRelease = item.section == .releases || item.version != nil
        let highlights = isRelease ? (notes?.listItems ?? []).prefix(Self.highlightCount) : []
        // Release notes continue with what 新特性速览 lists: the excerpt is their opening.
        let body = TextCleaner(lead.summary.isEmpty ? (notes?.text ?? "") : lead.summary)
            .body(stoppingAtHeading: !highlights.isEmpty)
        let headline = extra?.headline ?? extra?.machine?.headline.nonEmpty ?? item.headline ?? lead.title
        var document = DraftDocument.Item(
            number: number, headline: PlainText.singleLine(headline),
            section: item.section.rawValue, entryIDs: item.entries.map(\.id),
            confidence: (item.confidence * 100).rounded() / 100, why: PlainText.singleLine(item.why),
            needsReview: item.needsReview, version: item.version.map(PlainText.singleLine),
            source: link(lead), excerpt: excerpt(body, title: lead.title),
            highlights: highlights.map { Excerpt.cut(TextCleaner.withoutTracking($0), limit: Self.highlightLength) },
            furtherReading: item.related.map(link))
        document.headlineFrom = extra?.headline == nil ? nil : extra?.headlineMonth
        let remembered = (extra?.remembered ?? []).filter { $0.kind != .headline }.map(Self.remembered)
        document.remembered = remembered.isEmpty ? nil : remembered
        document.machine = extra?.machine
        return document
    }

    private static func remembered(_ entry: GlossaryEntry) -> DraftDocument.Remembered {
        DraftDocument.Remembered(
            heading: PlainText.singleLine(entry.heading), lines: entry.lines.map(PlainText.singleLine),
            isList: entry.kind == .scenarios, month: entry.month)
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

extension String {
    /// The string, or nil when it is empty.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
