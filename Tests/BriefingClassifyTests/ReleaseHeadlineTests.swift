import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

struct ReleaseHeadlineTests {
    private let month = Month(year: 2025, month: 5)!
    private let feeds = [
        FeedSource(
            name: "karmada-releases", url: "https://github.com/karmada-io/karmada/releases.atom", kind: .project),
        FeedSource(name: "argo-cd-releases", url: "https://github.com/argoproj/argo-cd/releases.atom", kind: .project),
        FeedSource(name: "acme-widget-releases", url: "https://acme.example/releases.xml", kind: .project),
        FeedSource(name: "infoq", url: "https://infoq.com/feed"),
        FeedSource(name: "karmada-blog-zh", url: "https://karmada.io/zh/blog/rss.xml"),
    ]

    private func entry(_ id: Int64, _ title: String, feed: String, link: String, section: Section = .releases)
        -> Entry
    {
        Entry(
            id: id, feed: feed, key: "k\(id)", url: link, normalizedURL: link, title: title,
            published: Date(timeIntervalSince1970: 1_746_057_600 + Double(id) * 86_400), firstSeen: Date(),
            classification: Classification(section: section, confidence: 0.9, why: "test", isCandidate: true, score: 3))
    }

    private func plan(_ entries: [Entry]) -> [DraftItem] {
        DraftPlanner.plan(entries: entries, month: month, settings: ClassifySettings(), feeds: feeds)
            .items[.releases] ?? []
    }

    @Test func bareTagIsHeadedByTheRepositoryName() {
        let items = plan([
            entry(
                1, "v1.14.0", feed: "karmada-releases",
                link: "https://github.com/karmada-io/karmada/releases/tag/v1.14.0"),
            entry(
                2, "v3.0.0", feed: "argo-cd-releases", link: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0"),
        ])
        #expect(Set(items.compactMap(\.headline)) == ["Karmada v1.14.0 发布", "Argo CD v3.0.0 发布"])
    }

    @Test func bareTagOffGitHubFallsBackToTheFeedName() {
        let items = plan([entry(1, "2.3.0", feed: "acme-widget-releases", link: "https://acme.example/r/2.3.0")])
        #expect(items.first?.headline == "Acme Widget 2.3.0 发布")
    }

    @Test func titleThatNamesTheProjectKeepsItsOwnHeading() {
        let items = plan([
            entry(1, "Karmada v1.14 版本发布", feed: "karmada-blog-zh", link: "https://karmada.io/zh/blog/v1.14")
        ])
        #expect(items.first?.headline == nil)
    }

    @Test func bareTagAnnouncementAndCoverageAreOneItem() {
        let items = plan([
            entry(
                1, "v3.0.0", feed: "argo-cd-releases", link: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0"),
            entry(
                2, "Argo CD 3.0 Brings Fine-Grained RBAC and Safer Defaults", feed: "infoq", link: "https://infoq.com/a"
            ),
            entry(
                3, "v1.14.0", feed: "karmada-releases",
                link: "https://github.com/karmada-io/karmada/releases/tag/v1.14.0"),
            entry(4, "Karmada v1.14 版本发布！新增联邦资源配额管理能力", feed: "karmada-blog-zh", link: "https://karmada.io/b"),
        ])
        #expect(items.count == 2)
        let argo = items.first { $0.entries.contains { $0.id == 1 } }
        #expect(argo?.lead.id == 1)
        #expect(argo?.entries.map(\.id).sorted() == [1, 2])
        #expect(items.first { $0.entries.contains { $0.id == 3 } }?.entries.map(\.id).sorted() == [3, 4])
    }

    @Test func mentionOutsideTheReleasesSectionIsNotGrouped() {
        let items = DraftPlanner.plan(
            entries: [
                entry(
                    1, "v3.0.0", feed: "argo-cd-releases",
                    link: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0"),
                entry(
                    2, "Migrating to Argo CD 3.0 at scale", feed: "infoq", link: "https://infoq.com/m",
                    section: .discussion),
            ], month: month, settings: ClassifySettings(), feeds: feeds)
        #expect(items.items[.releases]?.count == 1)
        #expect(items.items[.discussion]?.count == 1)
    }

    @Test func projectNameFromLinkOrFeed() {
        #expect(ProjectName.display(url: "https://github.com/etcd-io/etcd/releases/tag/v3.6.0", feed: "x") == "etcd")
        #expect(ProjectName.display(url: "", feed: "istio-releases") == "Istio")
        #expect(ProjectName.display(url: "https://github.com/foo/some-tool", feed: "x") == "Some Tool")
    }

    @Test func releasesSectionReadingAboutAReleasedProjectJoinsItsItem() {
        let items = DraftPlanner.plan(
            entries: [
                entry(
                    1, "v3.0.0", feed: "argo-cd-releases",
                    link: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0"),
                entry(
                    2, "Recovering Argo CD applications after a bad sync", feed: "infoq", link: "https://infoq.com/r"),
                entry(3, "Acme Widget brings new dashboards", feed: "infoq", link: "https://infoq.com/w"),
                entry(
                    4, "Argo CD in production: lessons learned", feed: "infoq", link: "https://infoq.com/l",
                    section: .discussion),
            ], month: month, settings: ClassifySettings(), feeds: feeds)
        let releases = items.items[.releases] ?? []
        #expect(releases.count == 2)
        #expect(releases.first { $0.lead.id == 1 }?.entries.map(\.id).sorted() == [1, 2])
        #expect(items.items[.discussion]?.first?.lead.id == 4)
    }
}
