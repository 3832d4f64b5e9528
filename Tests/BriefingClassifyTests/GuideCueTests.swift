import BriefingModel
import Testing

@testable import BriefingClassify

/// Each cue of GUIDE.md on titles written for these tests (none is in the training files), in English
/// and, where the guide shows Chinese titles, in Chinese.
struct GuideCueTests {
    private let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])

    private func classify(_ title: String, kind: FeedKind = .news) -> Classification {
        classifier.classify(ClassifierInput(title: title, url: "https://example.org/p", source: "x", feedKind: kind))
    }

    @Test(arguments: [
        ("Kubernetes v1.41: Pod Priority Hints Graduate to Beta", "R1", Section.discussion),
        ("Kubernetes v1.40：拓扑感知路由升级至 GA", "R1", .discussion),
        ("Happy 5th Birthday, Flux!", "R10", .fun),
        ("The Zorbit project turns 10", "R10", .fun),
        ("Zorbit 三周年：社区回顾", "R10", .fun),
        ("An open letter to the maintainers of every YAML parser", "R11", .fun),
        ("本周最佳 meme：我的集群又挂了", "R11", .fun),
        ("Survey: two thirds of platform teams now run service meshes", "R9", .reports),
        ("Zorbit 完成 2026 年度安全审计", "R9", .reports),
        ("Zorbit Graduates Within the Cloud Native Computing Foundation", "R8", .news),
        ("Zorbit 项目正式从 CNCF 毕业", "R8", .news),
        ("Zorbit relicenses its core under the AGPL", "R8", .news),
        ("Acme Corp acquires Zorbit to bolster its container portfolio", "R8", .news),
        ("Spotlight on SIG Storage", "R6", .news),
        ("聚焦 SIG Network", "R6", .news),
        ("Zorbit v3.2 Sneak Peek", "R13", .releases),
        ("Introducing Zorbit, Policy Checks for Helm Charts", "R4", .products),
        ("Zorbit: a tool for diffing cluster state", "R4", .products),
        ("宣布 Zorbit：集群状态对比", "R4", .products),
        ("Case study: running 400 clusters with one team", "R12", .discussion),
    ])
    func cueFilesTheShapeItNames(title: String, rule: String, section: Section) {
        let result = classify(title)
        #expect(result.section == section, "\(title): \(result.why)")
        #expect(result.why.hasPrefix("cue \(rule) "), "\(title): \(result.why)")
    }

    @Test(arguments: [
        ("We're hiring: senior platform engineer (remote)", "job post"),
        ("Ask HN: how do you run Postgres on Kubernetes?", "help question or poll"),
        ("ZorbitCon 2026: the schedule is live", "event logistics"),
        ("Call for proposals: Cloud Native Summit Shanghai", "event logistics"),
        ("Zorbit weekly newsletter #42", "digest or newsletter"),
        ("Acme Joins the Zorbit Foundation as a Gold Member", "sponsor or membership notice"),
        ("Zorbit 基金会迎来新的金牌会员", "sponsor or membership notice"),
    ])
    func sectionZeroCuesEndCandidacy(title: String, name: String) {
        let result = classify(title)
        #expect(!result.isCandidate)
        #expect(result.why.contains("not a candidate: cue S0 \(name)"), "\(title): \(result.why)")
    }

    @Test func releaseWinsOverLaterCuesButNotOverFeaturePosts() {
        #expect(classify("Zorbit v2.4 发布：Sandbox 迁移更简单", kind: .project).why.hasPrefix("release: "))
        #expect(
            classify("Announcing Zorbit 3.1: lessons learned and new APIs", kind: .project).why.hasPrefix("release: "))
        #expect(classify("Kubernetes v1.41: Octarine").why.hasPrefix("release: "))
    }

    @Test func featurePostNeedsKubernetesAndAStage() {
        #expect(GuideCues.featurePost("Kubernetes v1.41: Pod Priority Hints Graduate to Beta") != nil)
        #expect(GuideCues.featurePost("Kubernetes v1.41: Octarine") == nil)
        let gateway = classify("Zorbit API v1.5: Moving Routes to Stable")
        #expect(!gateway.why.hasPrefix("cue R1"))
    }

    @Test func introductionShapeNeedsAnArticleAndAKindOfThing() {
        #expect(GuideCues.introduction("Zorbit: a tool for diffing cluster state") == "name: a tool")
        #expect(GuideCues.introduction("Zorbit: The Final Word on Cluster Networking") == nil)
        #expect(GuideCues.introduction("Zorbit: An End-of-Year Reflection") == nil)
        #expect(GuideCues.introduction("Introducing Zorbit 2.0") == nil)
    }

    @Test func eventLogisticsNeedAnEventWord() {
        #expect(GuideCues.matching(ClassifierInput(title: "How to schedule pods on spot nodes")).isEmpty)
        let promcon = GuideCues.matching(ClassifierInput(title: "ZorbitCon is only one month away"))
        #expect(promcon.first?.cue.rule == "S0")
    }
}
