import BriefingModel

/// The line-by-line state of `DraftReader`: where we are (a section, the appendix, elsewhere)
/// and the item being read.
struct ReaderState {
    private enum Place {
        case preamble
        case section(Section)
        case unknownSection
        case appendix
    }

    private(set) var result = ReadDraft()
    private var place = Place.preamble
    private var item: ReadItem?

    mutating func consume(_ line: Substring) {
        if line.hasPrefix("## ") {
            finishItem()
            place = placeOf(heading: String(line.dropFirst(3)))
        } else if line.hasPrefix("### ") {
            startItem(headline: line.dropFirst(4))
        } else {
            let (text, ids) = DraftReader.splitComment(line)
            record(ids: ids, links: LinkScanner.links(in: String(text)))
        }
    }

    mutating func finishItem() {
        guard let finished = item else { return }
        result.items.append(finished)
        item = nil
    }

    private func placeOf(heading: String) -> Place {
        if heading.contains(MarkdownRenderer.appendixHeading) || heading.lowercased().contains("more candidates") {
            return .appendix
        }
        return DraftReader.section(ofHeading: heading).map(Place.section) ?? .unknownSection
    }

    private mutating func startItem(headline: Substring) {
        finishItem()
        guard case .section(let section) = place else { return }
        item = ReadItem(section: section, headline: Self.withoutNumber(headline))
    }

    private mutating func record(ids: [Int64], links: [String]) {
        switch place {
        case .appendix:
            result.moreCandidateIDs += ids
            result.moreCandidateLinks += links
        case .section:
            guard var current = item else { return }
            current.entryIDs += ids.filter { !current.entryIDs.contains($0) }
            current.links += links.filter { !current.links.contains($0) }
            item = current
        case .preamble, .unknownSection:
            return
        }
    }

    /// `1. Title`, `1、Title`, `1) Title` → `Title`.
    private static func withoutNumber(_ headline: Substring) -> String {
        let text = headline.drop { $0 == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return String(text) }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, [".", "、", ")", "．"].contains(marker) else { return String(text) }
        return String(rest.dropFirst().drop { $0 == " " })
    }
}
