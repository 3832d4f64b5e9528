import BriefingModel

/// Merges the news items about one organisation's one story into one item headed
/// `Nutanix 相关的新闻与访谈三则`. Only the news section: it is the one about companies and foundations.
///
/// A shared name alone is not a story (at real volume 21 unrelated stories name Google): the
/// organisation must be the title's subject (the first organisation it names: a name seen at least once
/// in the month's news where it cannot be mere sentence case), the titles must share a word
/// besides the name (the event, product or announcement: `.NEXT`, `Hardened Images`), and a group holds
/// at most `maximumMembers` items. Only candidates reach the planner, so each member passed the bar alone.
enum OrganisationGrouper {
    static let section = Section.news
    static let topic = "新闻与访谈"
    static let maximumMembers = 4

    /// `groups` are index groups into `entries`; returns the groups to build, with a headline for merged ones.
    static func merge(_ groups: [[Int]], entries: [PlannedEntry]) -> [(members: [Int], headline: String?)] {
        let news = groups.indices.filter { index in groups[index].contains { entries[$0].section == section } }
        // Each title's names, found once (groups are disjoint, so each entry is in one).
        var namesOf: [Int: [OrganisationNames.Name]] = [:]
        for index in news.flatMap({ groups[$0] }) {
            namesOf[index] = OrganisationNames.find(in: entries[index].entry.title)
        }
        // A name seen once where it cannot be mere sentence case (not first, or inner capitals) is one.
        let organisations = Set(namesOf.values.flatMap { $0.filter(\.isStrong).map(\.key) })
        var bySubject: [String: (display: String, groups: [(group: Int, words: Set<String>)])] = [:]
        for group in news {
            for index in groups[group] {
                let found = namesOf[index] ?? []
                guard let subject = found.first(where: { organisations.contains($0.key) }) else { continue }
                var known = bySubject[subject.key] ?? (subject.display, [])
                let words = contentWords(entries[index].entry.title, without: subject.key)
                if let last = known.groups.indices.last, known.groups[last].group == group {
                    known.groups[last].words.formUnion(words)
                } else {
                    known.groups.append((group, words))
                }
                bySubject[subject.key] = known
            }
        }
        var taken = Set<Int>()
        var merged: [(members: [Int], headline: String?)] = []
        for key in bySubject.keys.sorted() {
            guard let subject = bySubject[key] else { continue }
            for story in stories(subject.groups.filter { !taken.contains($0.group) }) {
                taken.formUnion(story)
                let members = story.flatMap { groups[$0] }.sorted()
                merged.append((members, "\(subject.display) 相关的\(topic)\(ChineseNumeral.count(members.count))则"))
            }
        }
        let single = groups.indices.filter { !taken.contains($0) }.map { (members: groups[$0], headline: String?.none) }
        return single + merged
    }

    /// Sets of two or more groups linked by shared words, each cut to `maximumMembers` in month order.
    private static func stories(_ groups: [(group: Int, words: Set<String>)]) -> [[Int]] {
        guard groups.count >= 2 else { return [] }
        var sets = UnionFind(count: groups.count)
        // Linked through the first group holding each word: linear in the words, not in pairs of groups.
        var firstWithWord: [String: Int] = [:]
        for (position, group) in groups.enumerated() {
            for word in group.words {
                if let first = firstWithWord[word] {
                    sets.union(first, position)
                } else {
                    firstWithWord[word] = position
                }
            }
        }
        return sets.components().filter { $0.count >= 2 }.map { $0.prefix(maximumMembers).map { groups[$0].group } }
    }

    /// Headline words that say nothing about which story it is: verbs of announcing, roles, the beat.
    static let headlineWords: Set<String> = [
        "about", "after", "announce", "announces", "announced", "brings", "cloud", "native", "kubernetes", "open",
        "source", "launch", "launches", "unveil", "unveils", "says", "said", "what", "when", "where", "which",
        "will", "with", "more", "over", "into", "just", "have", "here", "their", "they", "news", "chat", "talk",
        "talks", "interview", "president", "chief", "new", "make", "makes", "takes", "gets", "goes", "year",
    ]

    /// Lowercased, stemmed title words that can name an event or product (`next`, `hardened`, `images`):
    /// not the organisation, not short, not a number, not a stopword or a bare headline word.
    static func contentWords(_ title: String, without name: String) -> Set<String> {
        Set(
            Tokenizer.words(title).filter { word in
                word.count >= 4 && word != name && !headlineWords.contains(word) && !Tokenizer.stopwords.contains(word)
                    && !word.allSatisfy(\.isNumber)
            }.map(Tokenizer.stem))
    }
}
