import BriefingModel

/// Chooses and groups a month's classified entries into the items of a draft.
public enum DraftPlanner {
    /// Groups the candidate entries (those whose `classification.isCandidate`) into items, orders each
    /// section by score (then older first, then entry id) and keeps `settings.cap(for:)` items per
    /// section; the rest become `moreCandidates`. Entries are taken as given (already the month's).
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
        for section in Section.allCases {
            let ordered = built.filter { $0.section == section }.sorted(by: comesBefore)
            // Items the editors labelled into this section are always shown; the cap fills around them.
            let pinned = ordered.filter(\.isEditorDecision)
            let rest = ordered.filter { !$0.isEditorDecision }
            let room = max(settings.cap(for: section) - pinned.count, 0)
            items[section] = (pinned + rest.prefix(room)).sorted(by: comesBefore)
            more[section] = Array(rest.dropFirst(room))
        }
        return DraftPlan(month: month, items: items, moreCandidates: more)
    }

    private static func comesBefore(_ first: DraftItem, _ second: DraftItem) -> Bool {
        if first.score != second.score { return first.score > second.score }
        if first.lead.date != second.lead.date { return first.lead.date < second.lead.date }
        return first.lead.id < second.lead.id
    }
}
