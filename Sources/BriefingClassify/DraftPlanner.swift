import BriefingModel

/// Chooses and groups a month's classified entries into the items of a draft.
public enum DraftPlanner {
    /// Groups the candidate entries (those whose `classification.isCandidate`) into items and fills
    /// the body by score (then older first, then entry id) across sections: at most
    /// `settings.bodyItems` items in all and `settings.cap(for:)` per section, so a month rich in
    /// releases gives releases more room than a quiet one. Items the editors placed are always shown
    /// and count against both limits. Per section, the next `settings.morePerSection` candidates
    /// become `moreCandidates` and the rest are only counted (`moreOmitted`), so the appendix stays
    /// readable at any volume. Entries are taken as given.
    public static func plan(entries: [Entry], month: Month, settings: ClassifySettings, feeds: [FeedSource])
        -> DraftPlan
    {
        var feedsByName: [String: FeedSource] = [:]
        for feed in feeds where feedsByName[feed.name] == nil { feedsByName[feed.name] = feed }
        let planned = entries.sorted { $0.id < $1.id }.compactMap {
            PlannedEntry(entry: $0, feed: feedsByName[$0.feed])
        }
        let stories = StoryGrouper.group(planned, similarity: settings.similarity)
        let built = OrganisationGrouper.merge(stories, entries: planned).compactMap { group in
            ItemBuilder.item(
                group.members.map { planned[$0] }, reviewThreshold: settings.reviewThreshold, headline: group.headline)
        }
        let ordered = built.sorted(by: comesBefore)
        var items: [Section: [DraftItem]] = [:]
        var rest: [Section: [DraftItem]] = [:]
        for item in ordered where item.isEditorDecision { items[item.section, default: []].append(item) }
        var shown = items.values.reduce(0) { $0 + $1.count }
        for item in ordered where !item.isEditorDecision {
            let inSection = items[item.section]?.count ?? 0
            if shown < settings.bodyItems && inSection < settings.cap(for: item.section) {
                items[item.section, default: []].append(item)
                shown += 1
            } else {
                rest[item.section, default: []].append(item)
            }
        }
        markLeastConfident(in: &items, share: settings.reviewShare)
        var more: [Section: [DraftItem]] = [:]
        var omitted: [Section: Int] = [:]
        let listed = max(settings.morePerSection, 0)
        for section in Section.allCases {
            // Editor-placed items went in first; the section shows them in score order with the rest.
            items[section] = (items[section] ?? []).sorted(by: comesBefore)
            let left = rest[section] ?? []
            more[section] = Array(left.prefix(listed))
            if left.count > listed { omitted[section] = left.count - listed }
        }
        return DraftPlan(month: month, items: items, moreCandidates: more, moreOmitted: omitted)
    }

    /// Marks for review the least confident body items (never one the editors placed or a forced
    /// section) until `share` of the body is marked, counting the items already below the threshold.
    private static func markLeastConfident(in items: inout [Section: [DraftItem]], share: Double) {
        let body = items.values.joined()
        let marked = body.filter(\.needsReview).count
        let allowed = Int((share * Double(body.count)).rounded(.down))
        let open = items.flatMap { section, list in
            list.indices.compactMap { index -> (section: Section, index: Int, item: DraftItem)? in
                let item = list[index]
                return item.needsReview || item.isEditorDecision || item.confidence >= 1 ? nil : (section, index, item)
            }
        }
        let leastConfidentFirst = open.sorted {
            ($0.item.confidence, $0.item.lead.id) < ($1.item.confidence, $1.item.lead.id)
        }
        for candidate in leastConfidentFirst.prefix(max(allowed - marked, 0)) {
            items[candidate.section]?[candidate.index].needsReview = true
        }
    }

    private static func comesBefore(_ first: DraftItem, _ second: DraftItem) -> Bool {
        if first.score != second.score { return first.score > second.score }
        if first.lead.date != second.lead.date { return first.lead.date < second.lead.date }
        return first.lead.id < second.lead.id
    }
}
