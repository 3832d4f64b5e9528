import BriefingCompose
import BriefingModel
import BriefingStore
import Foundation

/// Ties the items of a finished draft to stored entries. Visible evidence first: the item's links;
/// then its source titles (the plain layout has no links); a `<!-- briefing: ids= -->` comment
/// only last, and only for ids the store recorded writing into this very draft, so a stale or
/// copied comment never labels an unrelated entry.
struct EntryMatcher {
    private let store: Store
    private let written: Set<Int64>
    private let byTitle: [String: [Entry]]
    /// Entries by feed and title, for the draft's `TITLE — FEED · DATE` source lines, where even a
    /// short title (`v3.0.0`) names one entry.
    private let byFeedTitle: [String: [Entry]]
    /// The window's entries with their titles as lowercase words, for headlines that only name
    /// the project (`Popeye:实时集群检查工具`).
    private let titleWords: [(entry: Entry, words: [Substring])]

    /// Titles shorter than this (once normalised) are too common to identify an entry.
    private static let shortestTitle = 8

    /// - Parameter window: the draft's month; titles are matched within it and a week either side.
    init(store: Store, window: Range<Date>?, written: Set<Int64>) throws {
        self.store = store
        self.written = written
        let week: TimeInterval = 7 * 86_400
        let wide = window.map { $0.lowerBound.addingTimeInterval(-week)..<$0.upperBound.addingTimeInterval(week) }
        var byTitle: [String: [Entry]] = [:]
        var byFeedTitle: [String: [Entry]] = [:]
        let inWindow = try store.entries(in: wide)
        titleWords = inWindow.map { ($0, Self.words($0.title)) }
        for entry in inWindow {
            let key = Self.titleKey(entry.title)
            if key.count >= Self.shortestTitle { byTitle[key, default: []].append(entry) }
            byFeedTitle[entry.feed.lowercased() + "\u{1F}" + key, default: []].append(entry)
        }
        self.byTitle = byTitle
        self.byFeedTitle = byFeedTitle
    }

    /// The entries `item` shows and the evidence that tied them.
    func entries(for item: ReadItem) throws -> ([Entry], LearnDecision.Evidence) {
        let linked = try entries(linkedBy: item.links)
        if !linked.isEmpty { return (linked, .link) }
        var titled: [Entry] = []
        for line in [item.headline] + item.lines {
            for entry in titleMatches(line) where !titled.contains(where: { $0.id == entry.id }) {
                titled.append(entry)
            }
        }
        if !titled.isEmpty { return (titled, .title) }
        if let named = entryNamed(byHeadline: item.headline) { return ([named], .name) }
        let commented = try item.entryIDs.filter(written.contains).compactMap { try store.entry(id: $0) }
        return (commented, .comment)
    }

    /// The entries a line of text names: the whole line as a title, or a source line as the draft
    /// writes them, `来源:TITLE — FEED · DATE` or `TITLE — FEED · DATE`, once its links are gone.
    private func titleMatches(_ line: String) -> [Entry] {
        var text = Substring(line)
        for prefix in ["来源:", "来源：", "Source:"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if let dash = text.range(of: " — ", options: .backwards) {
            let feed = text[dash.upperBound...].prefix { $0 != "·" }.trimmingCharacters(in: .whitespaces)
            let key = Self.titleKey(String(text[..<dash.lowerBound]))
            if let found = byFeedTitle[feed.lowercased() + "\u{1F}" + key] { return found }
        }
        return byTitle[Self.titleKey(String(text))] ?? []
    }

    /// The one entry whose title contains the name a headline opens with, in Latin letters before
    /// any Chinese (`Kmesh:高性能…` → Kmesh; `SUSE Rancher 推出…` → SUSE Rancher). A name that more
    /// than one entry carries ties nothing: a wrong label is worse than none.
    private func entryNamed(byHeadline headline: String) -> Entry? {
        let lead = headline.prefix { $0.isASCII && $0 != ":" }
        let name = Self.words(String(lead))
        guard name.joined().count >= 4, name.count <= 4 else { return nil }
        let found = titleWords.filter { Self.contains($0.words, name) }
        return found.count == 1 ? found[0].entry : nil
    }

    private static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }
    }

    private static func contains(_ words: [Substring], _ run: [Substring]) -> Bool {
        guard !run.isEmpty, words.count >= run.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<$0 + run.count]) == run }
    }

    /// Ids of the entries the appendix still offers (by link, or by a comment the draft was written with).
    func appendixEntryIDs(links: [String], ids: [Int64]) throws -> Set<Int64> {
        Set(try entries(linkedBy: links).map(\.id) + ids.filter(written.contains))
    }

    private func entries(linkedBy links: [String]) throws -> [Entry] {
        var found: [Entry] = []
        for link in links {
            guard let normalized = URLNormalizer.normalize(link) else { continue }
            for entry in try store.entries(withNormalizedURL: normalized)
            where !found.contains(where: { $0.id == entry.id }) {
                found.append(entry)
            }
        }
        return found
    }

    /// A title compared ignoring case, spacing and punctuation (letters and digits of any script).
    static func titleKey(_ title: String) -> String {
        String(title.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
