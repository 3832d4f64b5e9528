import BriefingModel

/// Merges the news items of one organisation into one item headed `Nutanix 相关的新闻与访谈三则`.
/// Only the news section: it is the one about companies and foundations as such.
enum OrganisationGrouper {
    static let section = Section.news
    static let topic = "新闻与访谈"

    /// `groups` are index groups into `entries`; returns the groups to build, with a headline for merged ones.
    static func merge(_ groups: [[Int]], entries: [PlannedEntry]) -> [(members: [Int], headline: String?)] {
        let news = groups.indices.filter { index in groups[index].contains { entries[$0].section == section } }
        var names: [String: (display: String, groups: [Int], isStrong: Bool)] = [:]
        for group in news {
            for index in groups[group] {
                for name in OrganisationNames.find(in: entries[index].entry.title) {
                    var known = names[name.key] ?? (name.display, [], false)
                    if known.groups.last != group { known.groups.append(group) }
                    known.isStrong = known.isStrong || name.isStrong
                    names[name.key] = known
                }
            }
        }
        let ranked = names.filter { $0.value.groups.count >= 2 && $0.value.isStrong }
            .sorted { ($1.value.groups.count, $0.key) < ($0.value.groups.count, $1.key) }
        var taken = Set<Int>()
        var merged: [(members: [Int], headline: String?)] = []
        for (_, name) in ranked {
            let free = name.groups.filter { !taken.contains($0) }
            guard free.count >= 2 else { continue }
            taken.formUnion(free)
            let members = free.flatMap { groups[$0] }.sorted()
            merged.append((members, "\(name.display) 相关的\(topic)\(ChineseNumeral.count(members.count))则"))
        }
        let single = groups.indices.filter { !taken.contains($0) }.map { (members: groups[$0], headline: String?.none) }
        return single + merged
    }
}
