import BriefingModel
import BriefingParse

extension EntryDraft {
    /// What the store keeps of a parsed entry: its identity, its normalized link and its text.
    init(parsed entry: ParsedEntry) {
        let url = entry.link ?? entry.id.flatMap { $0.hasPrefix("http") ? $0 : nil }
        let title = entry.title.map(HTMLText.plainText) ?? ""
        let summaryHTML = entry.summary ?? entry.content ?? ""
        self.init(
            key: EntryIdentity.key(id: entry.id, link: entry.link, title: entry.title, content: entry.content),
            url: url,
            normalizedURL: url.flatMap(URLNormalizer.normalize),
            title: title.isEmpty ? (url ?? "(untitled)") : title,
            author: entry.authors.isEmpty ? nil : entry.authors.joined(separator: ", "),
            published: entry.published,
            updated: entry.updated,
            summary: HTMLText.plainText(summaryHTML),
            content: entry.content,
            categories: entry.categories
        )
    }
}
