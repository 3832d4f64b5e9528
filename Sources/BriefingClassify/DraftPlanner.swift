import BriefingModel

/// Chooses and groups a month's classified entries into the items of a draft.
public enum DraftPlanner {
    /// Groups the candidate entries (those whose `classification.isCandidate`) into items, orders each
    /// section by score (then older first, then entry id) and keeps `settings.cap(for:)` items per
    /// section; the next `settings.morePerSection` become `moreCandidates`, and the rest are only counted
    /// (`moreOmitted`), so the appendix stays readable at any volume. Entries are taken as given.
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
        var items: [Section: [DraftItem]] = [:]
        var more: [Section: [DraftItem]] = [:]
        var omitted: [Section: Int] = [:]
        for section in Section.allCases {
            let ordered = built.filter { $0.section == section }.sorted(by: comesBefore)
            // Items the editors labelled into this section are always shown; the cap fills around them.
            let pinned = ordered.filter(\.isEditorDecision)
            let others = ordered.filter { !$0.isEditorDecision }
            let room = max(settings.cap(for: section) - pinned.count, 0)
            items[section] = (pinned + others.prefix(room)).sorted(by: comesBefore)
            let rest = others.dropFirst(room)
            more[section] = Array(rest.prefix(max(settings.morePerSection, 0)))
            let left = rest.count - (more[section]?.count ?? 0)
            if left > 0 { omitted[section] = left }
        }
        return DraftPlan(month: month, items: items, moreCandidates: more, moreOmitted: omitted)
    }

    private static func comesBefore(_ first: DraftItem, _ second: DraftItem) -> Bool {
        if first.score != second.score { return first.score > second.score }
        if first.lead.date != second.lead.date { return first.lead.date < second.lead.date }
        return first.lead.id < second.lead.id
    }
}
