import BriefingModel

/// The learned section layer: multinomial logistic regression over the six sections, trained on the
/// examples that have a section (drops teach the relevance model, not this one).
struct SectionModel: Sendable {
    private let model: LogisticRegression

    /// `features[i]` are the features of `examples[i]` (`ModelFeatures.extract`).
    init(examples: [LabeledExample], features: [[String: Double]]) {
        let sections = Section.allCases
        let training = zip(examples, features).compactMap {
            example, features -> (features: [String: Double], label: Int)? in
            guard let section = example.section, let label = sections.firstIndex(of: section) else { return nil }
            return (features, label)
        }
        model = LogisticRegression(examples: training, classCount: sections.count)
    }

    /// The most likely section, its probability as the confidence, and the words that decided it.
    func classify(features: [String: Double]) -> Classification {
        let prediction = model.predict(features)
        let section = Section.allCases[prediction.best]
        let confidence = (prediction.probabilities[prediction.best] * 100).rounded() / 100
        let evidence = prediction.evidence.isEmpty ? "" : " (\(prediction.evidence.joined(separator: ", ")))"
        return Classification(
            section: section, confidence: confidence, why: "model: \(section.rawValue) \(confidence)\(evidence)")
    }
}
