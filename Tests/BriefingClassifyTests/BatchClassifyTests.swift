import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

struct BatchClassifyTests {
    /// More inputs than one chunk holds, so several tasks share the batch.
    @Test func batchGivesWhatOneByOneGives() {
        let feeds = [FeedSource(name: "etcd", url: "https://github.com/etcd-io/etcd/releases.atom", kind: .project)]
        let rule = Rule(
            condition: .match(.title, .regex("(?i)\\bsurvey\\b")), action: .section(.reports), origin: "f:1")
        let classifier = Classifier(settings: ClassifySettings(), rules: [rule], feeds: feeds, labels: [])
        let inputs = TrainingSet.shipped.map(\.input) + [ClassifierInput(title: "v3.6.0", source: "etcd")]
        #expect(inputs.count > 2 * Classifier.batchChunk)
        let batch = classifier.classify(inputs)
        #expect(batch == inputs.map { classifier.classify($0) })
        #expect(batch.last?.why == "release: etcd v3.6.0")
        #expect(batch.contains { $0.why == "rule: f:1" })
    }

    @Test func aBatchCarriesTheFeedVolumePriorAsOneByOneDoes() {
        let feeds = [FeedSource(name: "forum", url: "https://forum.example/feed")]
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: feeds, labels: [])
        let start = Date(timeIntervalSince1970: 1_748_736_000)
        let volume = FeedVolume(
            entries: (0..<600).map { (feed: "forum", date: start.addingTimeInterval(Double($0) * 4_320)) })
        let inputs = TrainingSet.shipped.prefix(600).map {
            ClassifierInput(title: $0.input.title, summary: $0.input.summary, source: "forum")
        }
        let batch = classifier.classify(Array(inputs), volume: volume)
        #expect(batch == inputs.map { classifier.classify($0, volume: volume) })
        #expect(batch != inputs.map { classifier.classify($0) })
    }

    @Test func smallAndEmptyBatches() {
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        #expect(classifier.classify([ClassifierInput]()).isEmpty)
        let one = ClassifierInput(title: "Istio 1.26 released")
        #expect(classifier.classify([one]) == [classifier.classify(one)])
    }
}
