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

    private let layout: DraftLayout
    private(set) var result = ReadDraft()
    private var place = Place.preamble
    private var item: ReadItem?
    private var fenced = false

    init(layout: DraftLayout) {
        self.layout = layout
    }

    mutating func consume(_ line: Substring) {
        if DraftLayout.isFence(line) { fenced.toggle() }
        guard !fenced else { return }
        if let heading = sectionHeading(line) {
            finishItem()
            place = placeOf(heading: heading)
            if case .section = place { result.sectionHeadings += 1 }
        } else if let headline = itemHeadline(line) {
            startItem(headline: headline)
        } else {
            let (text, ids) = DraftReader.splitComment(line)
            record(ids: ids, links: LinkScanner.links(in: String(text)), text: text)
        }
    }

    mutating func finishItem() {
        guard let finished = item else { return }
        result.items.append(finished)
        item = nil
    }

    /// The text of a section (or appendix) heading line, nil for any other line.
    private func sectionHeading(_ line: Substring) -> String? {
        if line.hasPrefix("## ") { return String(line.dropFirst(3)) }
        if line.hasPrefix("# ") { return isSectionOrAppendix(line.dropFirst(2), allowKey: true) }
        if line.hasPrefix("**") && line.hasSuffix("**") && line.count > 4 {
            return isSectionOrAppendix(line.dropFirst(2).dropLast(2), allowKey: true)
        }
        // Plain text: a short bare line that names a section by number or emoji.
        guard layout == .plain, line.count <= 40 else { return nil }
        return isSectionOrAppendix(line, allowKey: false)
    }

    private func isSectionOrAppendix(_ text: Substring, allowKey: Bool) -> String? {
        let heading = String(text)
        if Self.isAppendix(heading) || DraftReader.section(ofHeading: heading, allowKey: allowKey) != nil {
            return heading
        }
        return nil
    }

    private func itemHeadline(_ line: Substring) -> Substring? {
        switch layout {
        case .markdown: return line.hasPrefix("### ") ? line.dropFirst(4) : DraftLayout.boldHeadline(line)
        case .plain:
            guard case .section = place else { return nil }
            return DraftLayout.numberedHeadline(line) != nil ? line : nil
        }
    }

    private static func isAppendix(_ heading: String) -> Bool {
        heading.contains(MarkdownRenderer.appendixHeading) || heading.lowercased().contains("more candidates")
    }

    private func placeOf(heading: String) -> Place {
        if Self.isAppendix(heading) { return .appendix }
        return DraftReader.section(ofHeading: heading).map(Place.section) ?? .unknownSection
    }

    private mutating func startItem(headline: Substring) {
        finishItem()
        guard case .section(let section) = place else { return }
        let title = DraftLayout.numberedHeadline(headline) ?? headline.drop { $0 == " " }
        item = ReadItem(section: section, headline: String(title))
    }

    private mutating func record(ids: [Int64], links: [String], text: Substring) {
        switch place {
        case .appendix:
            result.moreCandidateIDs += ids
            result.moreCandidateLinks += links
        case .section:
            guard var current = item else { return }
            current.entryIDs += ids.filter { !current.entryIDs.contains($0) }
            current.links += links.filter { !current.links.contains($0) }
            let line = text.trimmingSuffixSpaces().drop { $0 == " " || $0 == "-" || $0 == "*" || $0 == ">" }
            if !line.isEmpty && links.isEmpty { current.lines.append(String(line)) }
            item = current
        case .preamble, .unknownSection:
            return
        }
    }
}
