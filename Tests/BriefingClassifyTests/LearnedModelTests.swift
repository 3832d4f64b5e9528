import BriefingModel
import Testing

@testable import BriefingClassify

struct LearnedModelTests {
    private func input(_ title: String) -> ClassifierInput {
        ClassifierInput(title: title, url: "https://example.com/post", source: "example.com")
    }

    @Test func shipsTheTrainingFileWithEverySection() {
        let shipped = TrainingSet.shipped
        #expect(shipped.count >= 250)
        for section in Section.allCases where section != .reports {
            #expect(shipped.contains { $0.section == section && $0.group?.hasPrefix("ref-") == true })
        }
        #expect(shipped.contains { $0.section == .reports })
    }

    /// Titles written for this test, not in the training file: clear-cut items of each section.
    @Test(arguments: [
        ("Acme Corp acquires container security startup for $300 million", Section.news),
        ("Interview: the CEO of a cloud company on open source licensing", .news),
        ("How to configure network policies for multi-tenant clusters", .discussion),
        ("Understanding the Kubernetes garbage collector: a deep dive", .discussion),
        ("2025 survey report: most companies run Kubernetes in production", .reports),
        ("Benchmark results: comparing ingress controllers under load", .reports),
        ("Kubetail: a tool for tailing logs across many pods", .products),
        ("Funny meme: my YAML indentation after a long night", .fun),
        ("Kubernetes v1.35: Node Swap Support Graduates to General Availability", .discussion),
        ("Cloud vendor unveils its new AI strategy as market competition heats up", .news),
    ])
    func classifiesHeldOutTitles(title: String, section: Section) {
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        let result = classifier.classify(input(title))
        #expect(result.section == section, "\(title): \(result.why)")
        #expect((0...1).contains(result.confidence))
        #expect(result.why.hasPrefix("model: ") || result.why.hasPrefix("cue R"))
    }

    @Test func featurePostShapeIsAVersionColonAndASentence() {
        #expect(SectionCues.isFeaturePost("Kubernetes v1.33: Image Volumes Graduate to Beta"))
        #expect(!SectionCues.isFeaturePost("Kubernetes v1.34: Of Wind & Will"))
        #expect(!SectionCues.isFeaturePost("Istio 1.26 adds configurable Gateway API resources"))
        // The Chinese translations of the same posts put a full-width colon after the version.
        #expect(SectionCues.isFeaturePost("Kubernetes v1.33：Image Volumes Graduate to Beta"))
        #expect(SectionCues.isToolIntroduction("Kmesh：一个高性能的服务网格数据面"))
    }

    @Test func editorLabelsTeachTheModel() {
        let title = "Zorblax quarterly frobnication"
        let labels = (0..<5).map { index in
            LabeledExample(input: input("Zorblax frobnication number \(index)"), section: .reports)
        }
        let taught = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: labels)
        #expect(taught.classify(input(title)).section == .reports)
    }

    @Test func dropLabelsTeachTheRelevanceModel() {
        let title = "Zorblax quarterly frobnication roundup"
        let plain = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        let labels = (0..<8).map { index in
            LabeledExample(input: input("Zorblax frobnication roundup number \(index)"), section: nil)
        }
        let taught = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: labels)
        let result = taught.classify(input(title))
        #expect(result.score < plain.classify(input(title)).score)
        #expect(!result.isCandidate)
        #expect(result.why.contains("not a candidate: score "))
    }

    @Test func evaluationCountsConfusionAndPrecisionRecall() {
        let report = EvaluationReport(pairs: [
            (.news, .news), (.news, .fun), (.fun, .fun), (nil, .fun),
        ])
        #expect(report.count == 4)
        #expect(report.correct == 2)
        #expect(report.accuracy == 0.5)
        #expect(report.confusion[1][5] == 1)
        #expect(report.confusion[6][5] == 1)
        let fun = report.scores.first { $0.label == "fun" }
        #expect(fun?.precision == 1.0 / 3.0)
        #expect(fun?.recall == 1)
        #expect(report.text.hasPrefix("accuracy: 50.0% (2/4)"))
    }

    @Test func evaluateUsesTheClassifier() {
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        let examples = [LabeledExample(input: input("v2.0.0"), section: .releases)]
        #expect(Evaluation.evaluate(classifier: classifier, examples: examples).accuracy == 1)
    }
}
