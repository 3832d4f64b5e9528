import BriefingModel

/// Measures a classifier against labeled examples.
public enum Evaluation {
    /// Classifies every example with `classifier` and compares with its label (a non-candidate counts as drop
    /// only when the examples contain drops; otherwise its section counts).
    public static func evaluate(classifier: Classifier, examples: [LabeledExample]) -> EvaluationReport {
        let withDrops = examples.contains { $0.section == nil }
        let pairs = examples.map { example -> (expected: Section?, predicted: Section?) in
            (example.section, predicted(classifier.classify(example.input), withDrops: withDrops))
        }
        return EvaluationReport(pairs: pairs)
    }

    /// Leave-one-out cross-validation: each group (one item of an issue, or one example without a group)
    /// is classified by a model trained on all the other examples. Only examples passing `scored` count.
    public static func leaveOneOut(
        examples: [LabeledExample] = TrainingSet.shipped, settings: ClassifySettings = ClassifySettings(),
        scored: (LabeledExample) -> Bool = { _ in true }
    ) -> EvaluationReport {
        let keys = examples.enumerated().map { $0.element.group ?? "#\($0.offset)" }
        var order: [String] = []
        for key in keys where !order.contains(key) { order.append(key) }
        var pairs: [(expected: Section?, predicted: Section?)] = []
        let withDrops = examples.contains { $0.section == nil }
        for key in order {
            let held = examples.indices.filter { keys[$0] == key && scored(examples[$0]) }
            guard !held.isEmpty else { continue }
            let training = examples.indices.filter { keys[$0] != key }.map { examples[$0] }
            let classifier = Classifier(settings: settings, rules: [], feeds: [], examples: training)
            for index in held {
                let result = classifier.classify(examples[index].input)
                pairs.append((examples[index].section, predicted(result, withDrops: withDrops)))
            }
        }
        return EvaluationReport(pairs: pairs)
    }

    private static func predicted(_ result: Classification, withDrops: Bool) -> Section? {
        withDrops && !result.isCandidate ? nil : result.section
    }
}
