import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

struct DraftPlannerTests {
    private let month = Month(year: 2025, month: 5)!
    private let feeds = [
        FeedSource(name: "istio", url: "https://istio.io/feed.xml", kind: .project, weight: 2),
        FeedSource(name: "istio-gh", url: "https://github.com/istio/istio/releases.atom", kind: .project),
        FeedSource(name: "tns", url: "https://thenewstack.io/feed"),
        FeedSource(name: "infoq", url: "https://infoq.com/feed"),
    ]

    private func entry(
        _ id: Int64, _ title: String, feed: String = "tns", link: String? = nil, section: Section = .news,
        score: Double = 1, confidence: Double = 0.9, day: Double = 1
    ) -> Entry {
        let url = link ?? "https://example.com/\(id)"
        return Entry(
            id: id, feed: feed, key: "k\(id)", url: url, normalizedURL: url, title: title,
            published: Date(timeIntervalSince1970: 1_746_057_600 + day * 86_400), firstSeen: Date(),
            classification: Classification(
                section: section, confidence: confidence, why: "test", isCandidate: true, score: score))
    }

    private func plan(_ entries: [Entry], settings: ClassifySettings = ClassifySettings()) -> DraftPlan {
        DraftPlanner.plan(entries: entries, month: month, settings: settings, feeds: feeds)
    }

    @Test func sameNormalizedLinkIsOneItem() {
        let result = plan([
            entry(1, "Redis goes AGPL", link: "https://redis.io/blog/agpl/"),
            entry(2, "Redis returns to open source", feed: "infoq", link: "https://redis.io/blog/agpl"),
        ])
        #expect(result.items[.news]?.count == 1)
        #expect(result.items[.news]?.first?.entries.map(\.id).sorted() == [1, 2])
    }

    @Test func sameProjectAndVersionAcrossSourcesIsOneItemLedByTheBestSource() {
        let result = plan([
            entry(1, "Istio 1.26.0", feed: "istio-gh", section: .releases),
            entry(2, "Announcing Istio 1.26", feed: "istio", section: .releases),
            entry(3, "Istio 1.26 released with Gateway API updates", feed: "tns", section: .releases),
        ])
        let items = result.items[.releases] ?? []
        #expect(items.count == 1)
        #expect(items.first?.lead.id == 2)
        #expect(items.first?.related.count == 2)
        #expect(items.first?.version == "1.26")
        #expect(items.first?.headline == nil)
    }

    @Test func severalReleasesOfOneProjectAreLedByTheNewest() {
        let result = plan([
            entry(1, "Istio 1.25.3", feed: "istio-gh", section: .releases),
            entry(2, "Istio 1.26.0", feed: "istio-gh", section: .releases),
            entry(3, "Istio 1.24.6", feed: "istio-gh", section: .releases),
        ])
        let item = result.items[.releases]?.first
        #expect(result.items[.releases]?.count == 1)
        #expect(item?.lead.id == 2)
        #expect(item?.headline == "Istio 1.26.0(同月另有 1.25.3、1.24.6)")
    }

    @Test func nearDuplicateTitlesAcrossFeedsAreOneItem() {
        let result = plan([
            entry(1, "CNCF and Synadia reach an agreement on NATS", feed: "tns"),
            entry(2, "CNCF and Synadia reach agreement on the NATS project", feed: "infoq"),
            entry(3, "A guide to NATS JetStream consumers", feed: "infoq", section: .discussion),
        ])
        #expect(result.items[.news]?.count == 1)
        #expect(result.items[.discussion]?.count == 1)
        let strict = plan(
            [
                entry(1, "Foundation and vendor reach an agreement on messaging"),
                entry(2, "Foundation and vendor reach agreement on the messaging project", feed: "infoq"),
            ],
            settings: ClassifySettings(similarity: 0.9))
        #expect(strict.items[.news]?.count == 2)
    }

    @Test func similarTitlesOfOneFeedStaySeparate() {
        let result = plan([
            entry(1, "Weekly cloud native news roundup number one", feed: "tns"),
            entry(2, "Weekly cloud native news roundup number two", feed: "tns"),
        ])
        #expect(result.items[.news]?.count == 2)
    }

    @Test func organisationNewsOfOneStoryBecomesOneItemWithAChineseHeadline() {
        let result = plan([
            entry(1, "Nutanix Unveils Major Platform Expansions at .NEXT 2025", feed: "tns"),
            entry(2, "Q&A: Nutanix CEO Rajiv Ramaswami at .NEXT on the Cloud Native Enterprise", feed: "tns"),
            entry(3, "Nutanix and Pure Storage Partner at .NEXT on Hyperconverged Storage", feed: "infoq"),
            entry(4, "Docker Launches Hardened Images", feed: "tns"),
            entry(5, "Hardened Images: A Chat With New Docker President Mark Cavage", feed: "infoq"),
            entry(6, "ServiceNow Acquires Data.World", feed: "tns"),
        ])
        let headlines = Set((result.items[.news] ?? []).compactMap(\.headline))
        #expect(headlines == ["Nutanix 相关的新闻与访谈三则", "Docker 相关的新闻与访谈两则"])
        #expect(result.items[.news]?.count == 3)
    }

    @Test func aNameAtTheStartOfEveryTitleCountsWhenAnotherTitleShowsItIsAName() {
        let result = plan([
            entry(1, "Redis is now available under the AGPLv3 licence", feed: "tns"),
            entry(2, "Redis returns to open source with AGPLv3", feed: "infoq"),
            entry(3, "Navigating the path from Redis to Valkey after AGPLv3", feed: "tns"),
        ])
        #expect(result.items[.news]?.compactMap(\.headline) == ["Redis 相关的新闻与访谈三则"])
    }

    @Test func aSharedOrganisationNameAloneIsNoStory() {
        let result = plan([
            entry(1, "Google plans to disable legacy browser extensions", feed: "register"),
            entry(2, "Google Fined Over Advertising Practices in Europe", feed: "tns"),
            entry(3, "Why Google Wants Your Smart Thermostat", feed: "infoq"),
            entry(4, "Google Opens New Data Centre in Finland", feed: "register"),
        ])
        #expect((result.items[.news] ?? []).allSatisfy { $0.headline == nil })
        #expect(result.items[.news]?.count == 4)
    }

    @Test func anOrganisationGroupHasASizeLimit() {
        let titles = [
            "Acmecloud Summit brings cheaper storage tiers", "Acmecloud unveils networking upgrades at its Summit",
            "Acmecloud talks pricing on Summit stage", "Acmecloud Summit keynote introduces partner program",
            "Acmecloud puts security first at annual Summit", "Acmecloud Summit opens three regions",
            "The Acmecloud Summit answers database questions",
        ]
        let entries = titles.enumerated().map { entry(Int64($0 + 1), $1, feed: "feed\($0)") }
        let items = plan(entries).items[.news] ?? []
        let grouped = items.filter { $0.headline != nil }
        #expect(grouped.count == 1)
        #expect(grouped.first?.entries.count == OrganisationGrouper.maximumMembers)
        #expect(items.count == 1 + 7 - OrganisationGrouper.maximumMembers)
    }

    @Test func theAppendixListsTheBestFewAndCountsTheRest() {
        let entries = (1...30).map { entry(Int64($0), "Unrelated story \($0 * 7919) alpha", score: Double($0)) }
        let result = plan(entries, settings: ClassifySettings(sectionCaps: [.news: 5], morePerSection: 10))
        #expect(result.items[.news]?.count == 5)
        #expect(result.moreCandidates[.news]?.map(\.lead.id) == Array((16...25).reversed()))
        #expect(result.moreOmitted[.news] == 15)
        #expect(result.moreOmitted[.fun] == nil)
    }

    @Test func capsMoveTheRestToMoreCandidatesInScoreOrder() {
        let entries = (1...5).map { entry(Int64($0), "Unrelated story \($0 * 7919) alpha", score: Double($0)) }
        let result = plan(entries, settings: ClassifySettings(sectionCaps: [.news: 2]))
        #expect(result.items[.news]?.map(\.lead.id) == [5, 4])
        #expect(result.moreCandidates[.news]?.map(\.lead.id) == [3, 2, 1])
        #expect(result.items[.fun] == [])
    }

    @Test func theBodyTakesTheBestItemsAcrossSectionsUpToItsSize() {
        let releases = (1...6).map {
            entry(Int64($0), "Unrelated release \($0 * 7919) alpha", section: .releases, score: 10 + Double($0))
        }
        let news = (7...12).map { entry(Int64($0), "Unrelated story \($0 * 7919) alpha", score: Double($0)) }
        let result = plan(releases + news, settings: ClassifySettings(sectionCap: 5, bodyItems: 8))
        // Releases score higher: five (their cap) reach the body, and the three best news items fill it.
        #expect(result.items[.releases]?.map(\.lead.id) == [6, 5, 4, 3, 2])
        #expect(result.items[.news]?.map(\.lead.id) == [12, 11, 10])
        #expect(result.moreCandidates[.releases]?.map(\.lead.id) == [1])
        #expect(result.moreCandidates[.news]?.map(\.lead.id) == [9, 8, 7])
    }

    @Test func editorPlacedItemsAlwaysShowAndCountAgainstTheBody() {
        var pinned = entry(1, "An editor's pick of the month", section: .fun, score: -3)
        pinned.classification?.isEditorDecision = true
        let news = (2...6).map { entry(Int64($0), "Unrelated story \($0 * 7919) alpha", score: Double($0)) }
        let result = plan([pinned] + news, settings: ClassifySettings(bodyItems: 3))
        #expect(result.items[.fun]?.map(\.lead.id) == [1])
        #expect(result.items[.news]?.map(\.lead.id) == [6, 5])
        #expect(result.moreCandidates[.news]?.map(\.lead.id) == [4, 3, 2])
    }

    @Test func equalScoresOrderByDateThenID() {
        let result = plan([
            entry(3, "Story three of the month", day: 2), entry(1, "First story of the month", day: 5),
            entry(2, "Second story of the month", day: 2),
        ])
        #expect(result.items[.news]?.map(\.lead.id) == [2, 3, 1])
    }

    @Test func nonCandidatesAndUnclassifiedEntriesAreSkipped() {
        var dropped = entry(1, "Dropped by a rule")
        dropped.classification?.isCandidate = false
        var unclassified = entry(2, "Not classified yet")
        unclassified.classification = nil
        let result = plan([dropped, unclassified, entry(3, "Kept")])
        #expect(result.items[.news]?.map(\.lead.id) == [3])
    }

    @Test func lowConfidenceNeedsReview() {
        let result = plan(
            [entry(1, "Unsure about this one", confidence: 0.3), entry(2, "Sure", confidence: 0.8)],
            settings: ClassifySettings(reviewShare: 0))
        let review = Dictionary(uniqueKeysWithValues: (result.items[.news] ?? []).map { ($0.lead.id, $0.needsReview) })
        #expect(review == [1: true, 2: false])
    }

    @Test func theLeastConfidentItemsAreMarkedUpToTheReviewShare() {
        let confidences = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6]
        let entries = confidences.enumerated().map { index, confidence in
            entry(Int64(index + 1), "Unrelated story \((index + 1) * 7919) alpha", confidence: confidence)
        }
        let marked = { (share: Double) in
            self.plan(entries, settings: ClassifySettings(reviewShare: share)).items[.news]?
                .filter(\.needsReview).map(\.lead.id).sorted()
        }
        // All above review_threshold: a quarter of eight is the two least confident.
        #expect(marked(0.25) == [7, 8])
        #expect(marked(0) == [])
        // Items below the threshold count towards the share.
        var unsure = entries
        unsure[0].classification?.confidence = 0.3
        let result = plan(unsure, settings: ClassifySettings(reviewShare: 0.25)).items[.news] ?? []
        #expect(result.filter(\.needsReview).map(\.lead.id).sorted() == [1, 8])
    }

    @Test func planningTwiceGivesTheSameDraft() {
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: feeds, labels: [])
        let titles = [
            "Istio 1.26.0", "Announcing Istio 1.26", "Docker Launches Hardened Images",
            "A Chat With New Docker President", "How to debug DNS in Kubernetes", "Popeye: a cluster sanitizer",
            "Survey: Kubernetes adoption grows", "It's always DNS meme",
        ]
        let entries = titles.enumerated().map { index, title in
            var entry = entry(Int64(index + 1), title, feed: index.isMultiple(of: 2) ? "tns" : "istio")
            entry.classification = classifier.classify(
                ClassifierInput(entry: entry, feed: feeds.first { $0.name == entry.feed }))
            return entry
        }
        #expect(plan(entries) == plan(entries.reversed()))
    }
}
