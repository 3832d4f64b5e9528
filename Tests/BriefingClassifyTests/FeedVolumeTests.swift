import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

/// The feed-volume prior: an entry of a feed publishing hundreds a month must say more than a
/// project blog's to reach the draft.
struct FeedVolumeTests {
    private let start = Date(timeIntervalSince1970: 1_748_736_000)  // 2025-06-01

    /// `count` entries of `feed`, spread evenly over `days`.
    private func entries(_ feed: String, count: Int, days: Double) -> [(feed: String, date: Date)] {
        (0..<count).map { index in
            (feed, start.addingTimeInterval(days * 86_400 * Double(index) / Double(max(count - 1, 1))))
        }
    }

    @Test func aFeedAtAProjectBlogsVolumeCarriesNoPrior() {
        let volume = FeedVolume(entries: entries("blog", count: 10, days: 30))
        #expect(volume.prior(of: "blog") == 0)
        #expect(volume.prior(of: "unseen") == 0)
        #expect(FeedVolume.none.prior(of: "blog") == 0)
    }

    @Test func eachDoublingOverAProjectBlogsMonthCostsLnTwo() {
        let volume = FeedVolume(entries: entries("forum", count: 40, days: 30) + entries("site", count: 80, days: 30))
        #expect(abs(volume.prior(of: "forum") - -2 * log(2.0)) < 0.01)
        #expect(abs(volume.prior(of: "site") - -3 * log(2.0)) < 0.01)
    }

    @Test func aFirehoseIsRecognisedEarlyInTheMonth() {
        // 100 entries in ten days is 300 a month; two posts of one afternoon are not a firehose.
        let volume = FeedVolume(entries: entries("forum", count: 100, days: 10) + entries("blog", count: 2, days: 0.2))
        #expect(abs((volume.monthlyEntries(of: "forum") ?? 0) - 300) < 1)
        #expect(abs((volume.monthlyEntries(of: "blog") ?? 0) - 2 * 30 / 7.0) < 0.01)
        #expect(volume.prior(of: "blog") == 0)
    }

    @Test func theClassifierScoreCarriesThePriorAndWhySaysSo() {
        let feeds = [FeedSource(name: "forum", url: "https://forum.example/feed")]
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: feeds, labels: [])
        let input = ClassifierInput(
            title: "Kubernetes pods restart after a node upgrade", url: "https://forum.example/t/1", source: "forum")
        let volume = FeedVolume(entries: entries("forum", count: 640, days: 30))
        let quiet = classifier.classify(input)
        let loud = classifier.classify(input, volume: volume)
        #expect(abs(loud.score - (quiet.score - 6 * log(2.0))) < 0.02)
        let minScore = ClassifySettings().minScore
        let sunk = Classifier(
            settings: ClassifySettings(minScore: quiet.score - 0.1), rules: [], feeds: feeds, labels: []
        ).classify(input, volume: volume)
        #expect(!sunk.isCandidate)
        #expect(sunk.why.contains("volume -4.16"), "\(sunk.why)")
        #expect(minScore == 0.5)
    }

    @Test func aKeptReleaseOfABusyReleaseFeedCarriesNoPrior() {
        // A releases.atom of 40 tags a month is mostly patches; the minor release its policy keeps is §1.
        let feeds = [FeedSource(name: "zorbit", url: "https://github.com/zorbit/zorbit/releases.atom", kind: .project)]
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: feeds, labels: [])
        let volume = FeedVolume(entries: entries("zorbit", count: 40, days: 30))
        let input = ClassifierInput(
            title: "v2.7.0", url: "https://github.com/zorbit/zorbit/releases/tag/v2.7.0", source: "zorbit")
        #expect(classifier.classify(input, volume: volume).score == classifier.classify(input).score)
    }
}
