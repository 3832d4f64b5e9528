import BriefingModel
import Foundation

/// The candidates page's filter, read from its query: section, feed, text, kind and page.
struct CandidateFilter: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case all
        case candidate
        case other
    }

    static let pageSize = 50

    var section: Section?
    var feed: String?
    var text: String?
    var kind: Kind = .all
    var page = 1

    init(query: FormFields) {
        section = query["section"].flatMap(Section.init(rawValue:))
        feed = query["feed"].flatMap { $0.isEmpty ? nil : $0 }
        text = query["q"].flatMap { $0.isEmpty ? nil : $0 }
        kind = query["kind"].flatMap(Kind.init(rawValue:)) ?? .all
        page = max(1, query["page"].flatMap { Int($0) } ?? 1)
    }

    /// The entries of the month outside the chosen items that pass the filter, best score first.
    func apply(to view: MonthView) -> [Entry] {
        let chosen = view.chosenIDs
        let needle = text?.lowercased()
        return view.entries.filter { entry in
            guard !chosen.contains(entry.id), let classification = entry.classification else { return false }
            if let section, classification.section != section { return false }
            if let feed, entry.feed != feed { return false }
            switch kind {
            case .all: break
            case .candidate: if !classification.isCandidate { return false }
            case .other: if classification.isCandidate { return false }
            }
            if let needle, !entry.title.lowercased().contains(needle), !entry.summary.lowercased().contains(needle) {
                return false
            }
            return true
        }
        .sorted { ($0.classification?.score ?? 0, $1.id) > ($1.classification?.score ?? 0, $0.id) }
    }

    /// The query string of this filter on `page`.
    func query(page: Int) -> String {
        var parts: [String] = []
        if let section { parts.append("section=\(section.rawValue)") }
        if let feed { parts.append("feed=\(Self.encoded(feed))") }
        if let text { parts.append("q=\(Self.encoded(text))") }
        if kind != .all { parts.append("kind=\(kind.rawValue)") }
        parts.append("page=\(page)")
        return parts.joined(separator: "&")
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
