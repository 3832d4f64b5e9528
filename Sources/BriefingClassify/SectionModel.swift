import BriefingModel

/// The learned layer: naive Bayes over the six sections plus "drop" (when any example is a drop).
struct SectionModel: Sendable {
    private static let dropIndex = Section.allCases.count
    private let bayes: NaiveBayes

    init(examples: [LabeledExample]) {
        let training = examples.map { example in
            (features: ModelFeatures.extract(example.input), label: Self.index(of: example.section))
        }
        bayes = NaiveBayes(examples: training, classCount: Section.allCases.count + 1)
    }

    func classify(_ input: ClassifierInput) -> Classification {
        let prediction = bayes.predict(ModelFeatures.extract(input))
        let sections = Section.allCases
        let evidence = prediction.evidence.isEmpty ? "" : " (\(prediction.evidence.joined(separator: ", ")))"
        let confidence = (prediction.probabilities[prediction.best] * 100).rounded() / 100
        guard prediction.best == Self.dropIndex else {
            let section = sections[prediction.best]
            let why = "model: \(section.rawValue) \(confidence)\(evidence)"
            return Classification(section: section, confidence: confidence, why: why)
        }
        let bestSection = sections.indices.max { prediction.probabilities[$0] < prediction.probabilities[$1] } ?? 0
        let why = "model: drop \(confidence)\(evidence)"
        return Classification(section: sections[bestSection], confidence: confidence, why: why, isCandidate: false)
    }

    private static func index(of section: Section?) -> Int {
        guard let section else { return dropIndex }
        return Section.allCases.firstIndex(of: section) ?? dropIndex
    }
}
