import BriefingModel
import Testing

@testable import BriefingClassify

struct ClassifierLayerTests {
    private let feeds = [
        FeedSource(name: "memes", url: "https://example.org/memes", section: .fun),
        FeedSource(name: "etcd", url: "https://github.com/etcd-io/etcd/releases.atom", kind: .project),
        FeedSource(name: "istio", url: "https://istio.io/feed.xml", kind: .project, releases: .all),
        FeedSource(name: "k8s", url: "https://kubernetes.io/feed.xml", kind: .project, releases: .major),
        FeedSource(name: "tns", url: "https://thenewstack.io/feed", weight: 2),
    ]

    private func classifier(_ rules: [Rule] = []) -> Classifier {
        Classifier(settings: ClassifySettings(), rules: rules, feeds: feeds, labels: [])
    }

    private func input(_ title: String, source: String = "tns", summary: String = "") -> ClassifierInput {
        ClassifierInput(title: title, summary: summary, url: "https://example.org/a", source: source)
    }

    @Test func forcedSectionWinsOverEverything() {
        let rule = Rule(condition: .match(.title, .keywords(["survey"])), action: .section(.reports), origin: "f:1")
        let result = classifier([rule]).classify(input("Survey: Istio 1.26 released", source: "memes"))
        #expect(result.section == .fun)
        #expect(result.confidence == 1)
        #expect(result.why == "forced: feed memes")
    }

    @Test func firstMatchingRuleDecidesAndNamesItsLine() {
        let rules = [
            Rule(condition: .match(.title, .regex("^survey\\b")), action: .section(.reports), origin: "feeds.yaml:41"),
            Rule(condition: .match(.title, .keywords(["survey"])), action: .section(.fun), origin: "feeds.yaml:44"),
        ]
        let result = classifier(rules).classify(input("Survey finds most teams run many clusters"))
        #expect(result.section == .reports)
        #expect(result.why == "rule: feeds.yaml:41")
    }

    @Test func allAnyAndNotCombineConditions() {
        let condition = RuleCondition.all([
            .any([.match(.title, .keywords(["mesh"])), .match(.summary, .keywords(["sidecar"]))]),
            .not(.match(.url, .regex("reddit\\.com"))),
            .match(.feed, .keywords(["tns"])),
        ])
        let classifier = classifier([Rule(condition: condition, action: .section(.products), origin: "f:9")])
        #expect(classifier.classify(input("A look at mesh data planes")).why == "rule: f:9")
        #expect(classifier.classify(input("Data planes", summary: "no sidecar at all")).why == "rule: f:9")
        #expect(classifier.classify(input("Unrelated title")).why != "rule: f:9")
        var onReddit = input("A look at mesh data planes")
        onReddit.url = "https://reddit.com/r/kubernetes/1"
        #expect(classifier.classify(onReddit).why != "rule: f:9")
        #expect(classifier.classify(input("A look at mesh data planes", source: "istio")).why != "rule: f:9")
    }

    @Test func keywordsMatchWholeWordsAndChinese() {
        let rule = Rule(condition: .match(.text, .keywords(["AI", "趣事"])), action: .section(.fun), origin: "f:2")
        let classifier = classifier([rule])
        #expect(classifier.classify(input("Why AI needs platform teams")).why == "rule: f:2")
        #expect(classifier.classify(input("Kubernetes 趣事一则")).why == "rule: f:2")
        #expect(classifier.classify(input("Maintaining the cluster")).why != "rule: f:2")
    }

    @Test func dropRuleKeepsSectionButEndsCandidacy() {
        let rule = Rule(condition: .match(.title, .keywords(["sponsored"])), action: .drop, origin: "feeds.yaml:12")
        let result = classifier([rule]).classify(input("Sponsored: the best Kubernetes dashboard"))
        #expect(!result.isCandidate)
        #expect(result.why.contains("dropped by rule: feeds.yaml:12"))
    }

    @Test func boostRaisesScoreWithoutDeciding() {
        let boost = Rule(condition: .match(.title, .keywords(["wasm"])), action: .boost(5), origin: "f:3")
        let plain = classifier().classify(input("Running Wasm workloads next to containers"))
        let boosted = classifier([boost]).classify(input("Running Wasm workloads next to containers"))
        #expect(abs(boosted.score - plain.score - 5) < 0.011)
        #expect(boosted.section == plain.section)
        // The boost changes the score (and so candidacy), never the deciding layer.
        #expect(boosted.why.split(separator: ";").first == plain.why.split(separator: ";").first)
        #expect(boosted.isCandidate)
    }

    @Test func perFeedRuleOnlyAppliesToItsFeed() {
        let rule = Rule(condition: .match(.title, .regex(".")), action: .section(.news), feed: "tns", origin: "f:5")
        #expect(classifier([rule]).classify(input("Anything", source: "tns")).why == "rule: f:5")
        #expect(classifier([rule]).classify(input("Anything", source: "etcd")).why != "rule: f:5")
    }

    @Test func releaseTitlesGoToReleasesWithTheVersion() {
        let result = classifier().classify(input("v3.6.0", source: "etcd"))
        #expect(result.section == .releases)
        #expect(result.why == "release: etcd v3.6.0")
        #expect(result.isCandidate)
        #expect(classifier().classify(input("Karmada v1.16 版本发布")).section == .releases)
        #expect(classifier().classify(input("Announcing Linkerd 2.18 with new features")).section == .releases)
    }

    @Test func featureDeepDiveWithAVersionIsNotARelease() {
        let result = classifier().classify(input("Kubernetes v1.33: Image Volumes Graduate to Beta", source: "k8s"))
        #expect(!result.why.hasPrefix("release:"))
        #expect(result.isCandidate)
    }

    @Test func releasePolicyDecidesCandidacy() {
        let classifier = classifier()
        #expect(!classifier.classify(input("v3.6.1", source: "etcd")).isCandidate)
        #expect(!classifier.classify(input("v3.7.0-rc.1", source: "etcd")).isCandidate)
        #expect(classifier.classify(input("v3.7.0", source: "etcd")).isCandidate)
        #expect(classifier.classify(input("Istio 1.26.1 released", source: "istio")).isCandidate)
        #expect(!classifier.classify(input("Kubernetes v1.34.0 released", source: "k8s")).isCandidate)
        #expect(classifier.classify(input("Kubernetes v2.0.0 released", source: "k8s")).isCandidate)
        let patch = classifier.classify(input("v3.6.1", source: "etcd"))
        #expect(patch.section == .releases)
        #expect(patch.why.contains("not a candidate under releases: minor"))
    }

    @Test func scoreCountsVocabularySourceWeightAndRelease() {
        let classifier = classifier()
        let plain = classifier.classify(input("A walk in the park", source: "other"))
        let topical = classifier.classify(input("Istio and Cilium on Kubernetes", source: "other"))
        let heavier = classifier.classify(input("A walk in the park", source: "tns"))
        let release = classifier.classify(input("v3.6.0", source: "etcd"))
        #expect(topical.score > plain.score)
        // Feed weight 2 adds log2(2) = 1.
        #expect(abs(heavier.score - plain.score - 1) < 0.011)
        // A kept minor release adds its significance (2) on a relevance floored at 0.
        #expect(release.score >= 2)
        #expect(Relevance(vocabulary: ["park"]).hits(in: "A walk in the park") == 1)
        #expect(Relevance(vocabulary: ["park"]).hits(in: "A walk") == 0)
    }

    @Test func sameInputGivesTheSameClassificationTwice() {
        let titles = ["Redis is back under the AGPLv3", "How to debug DNS in a cluster", "Popeye: a cluster sanitizer"]
        for title in titles {
            let first = classifier().classify(input(title))
            let second = classifier().classify(input(title))
            #expect(first == second)
        }
    }
}

extension ClassifierLayerTests {
    @Test func chineseFeatureAnalysisWithAVersionIsNotARelease() {
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        let analysis = classifier.classify(ClassifierInput(title: "Kubernetes 1.33 部分新功能/优化解析"))
        #expect(!analysis.why.hasPrefix("release:"))
        let release = classifier.classify(
            ClassifierInput(title: "Kubernetes v1.34: Of Wind & Will", feedKind: .project))
        #expect(release.why == "release: Kubernetes v1.34")
    }
}
