import BriefingModel
import Testing

@testable import BriefingClassify

/// "For the briefing or not": the one score, `classify.min_score`, and what `why` says.
struct CandidateTests {
    private let feeds = [
        FeedSource(name: "register", url: "https://theregister.example/feed"),
        FeedSource(name: "zorbit-blog", url: "https://zorbit.example/feed", kind: .project),
        FeedSource(name: "zorbit", url: "https://github.com/zorbit/zorbit/releases.atom", kind: .project),
    ]

    private func classifier(minScore: Double = 0.5) -> Classifier {
        Classifier(settings: ClassifySettings(minScore: minScore), rules: [], feeds: feeds, labels: [])
    }

    private func input(_ title: String, feed: String, summary: String = "") -> ClassifierInput {
        ClassifierInput(title: title, summary: summary, url: "https://example.org/p", source: feed)
    }

    @Test func newsWithoutACloudNativeSubjectIsNotACandidate() {
        let result = classifier().classify(input("Bank fined over late card payments", feed: "register"))
        #expect(!result.isCandidate)
        #expect(result.why.contains("off-topic -6.00"), "\(result.why)")
        #expect(result.why.contains("< min_score 0.5"))
    }

    @Test func anOrganisationalEventOffTopicPaysTheSmallerPenalty() {
        let result = classifier().classify(input("Bankware to acquire Ledgerly", feed: "register"))
        #expect(result.why.hasPrefix("cue R8 acquisition or funding"))
        #expect(result.why.contains("off-topic -2.00") || result.isCandidate, "\(result.why)")
        #expect(!result.why.contains("off-topic -6.00"))
    }

    @Test func aProjectFeedsPostNamingNoCloudNativeSubjectPaysTheProjectPenalty() {
        let marketing = classifier().classify(
            input("Five lessons from banking: why secrets need a strategy", feed: "zorbit-blog"))
        #expect(marketing.why.contains("off-topic -2.00") || marketing.isCandidate, "\(marketing.why)")
        #expect(!marketing.why.contains("off-topic -6.00"))
        let topical = classifier().classify(
            input("Five lessons from banking: why Kubernetes secrets need a strategy", feed: "zorbit-blog"))
        #expect(topical.score > marketing.score + 1.5)
        // A release of a project feed names its project by where it comes from: no penalty.
        #expect(!classifier().classify(input("v2.7.0", feed: "zorbit")).why.contains("off-topic"))
    }

    @Test func theSameWordsNamingAProjectScoreHigher() {
        let plain = classifier().classify(input("Bank moves its payments to new servers", feed: "register"))
        let topical = classifier().classify(input("Bank moves its payments to Kubernetes clusters", feed: "register"))
        #expect(topical.score > plain.score + 1)
    }

    @Test func minScoreIsTheBar() {
        let title = "Bank moves its payments to new servers"
        let score = classifier().classify(input(title, feed: "register")).score
        #expect(classifier(minScore: score - 0.1).classify(input(title, feed: "register")).isCandidate)
        #expect(!classifier(minScore: score + 0.1).classify(input(title, feed: "register")).isCandidate)
    }

    @Test func aKeptReleaseOfAProjectFeedIsACandidateAndAPatchIsNot() {
        let minor = classifier().classify(input("v2.7.0", feed: "zorbit"))
        #expect(minor.isCandidate)
        #expect(minor.score >= 2)
        let patch = classifier().classify(input("v2.7.1", feed: "zorbit"))
        #expect(!patch.isCandidate)
        #expect(patch.why.contains("not a candidate under releases: minor (v2.7.1)"))
    }

    @Test func aNewsFeedsReleaseOfAnyProductGetsNoFloor() {
        let news = classifier().classify(input("Bankware 4.8 is out with cheaper card payments", feed: "register"))
        let project = classifier().classify(
            input("Bankware 4.8 is out with cheaper card payments", feed: "zorbit-blog"))
        #expect(news.score < project.score)
    }

    @Test func aRuleSectionKeepsACandidateWhateverItsScore() {
        let rule = Rule(condition: .match(.title, .keywords(["bank"])), action: .section(.fun), origin: "f:9")
        let classifier = Classifier(settings: ClassifySettings(), rules: [rule], feeds: feeds, labels: [])
        let result = classifier.classify(input("Bank fined over late card payments", feed: "register"))
        #expect(result.isCandidate)
        #expect(result.why == "rule: f:9")
    }
}
