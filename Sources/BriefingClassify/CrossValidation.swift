import BriefingModel
import Foundation

/// Stratified K-fold cross-validation: every example is classified by models trained on the other
/// folds only, so no figure comes from a model that saw the item.
public enum CrossValidation {
    /// Splits `examples` into `folds` folds stratified by label (items of one group stay together),
    /// trains on K−1 folds, classifies the held-out fold, and reports on the examples passing `scored`.
    public static func run(
        examples: [LabeledExample], folds: Int, settings: ClassifySettings = ClassifySettings(),
        scored: (LabeledExample) -> Bool = { _ in true }
    ) -> CrossValidationReport {
        let fold = assignFolds(examples, folds: max(folds, 2))
        var outcomes: [CrossValidationReport.Outcome] = []
        for current in 0..<max(folds, 2) {
            let held = examples.indices.filter { fold[$0] == current && scored(examples[$0]) }
            guard !held.isEmpty else { continue }
            let training = examples.indices.filter { fold[$0] != current }.map { examples[$0] }
            let classifier = Classifier(settings: settings, rules: [], feeds: [], examples: training)
            for index in held {
                outcomes.append(.init(example: examples[index], result: classifier.classify(examples[index].input)))
            }
        }
        return CrossValidationReport(outcomes: outcomes, folds: max(folds, 2))
    }

    /// The shipped examples plus `extra`, an extra example replacing a shipped one with the same title
    /// (the dev files are shipped too; one item must not sit in two folds).
    public static func pool(shipped: [LabeledExample] = TrainingSet.shipped, extra: [LabeledExample])
        -> [LabeledExample]
    {
        let titles = Set(extra.map { key($0) })
        return shipped.filter { !titles.contains(key($0)) } + extra
    }

    private static func key(_ example: LabeledExample) -> String {
        example.input.title.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// Fold of each example: groups (or single examples) sorted by label, then by a hash of their key
    /// (not file order), and dealt round-robin, so each fold holds about 1/K of every label.
    static func assignFolds(_ examples: [LabeledExample], folds: Int) -> [Int] {
        var groups: [String: (label: String, members: [Int])] = [:]
        for (index, example) in examples.enumerated() {
            let group = example.group ?? "#\(index)"
            groups[group, default: (example.section?.rawValue ?? "drop", [])].members.append(index)
        }
        let ordered = groups.sorted { first, second in
            if first.value.label != second.value.label { return first.value.label < second.value.label }
            let (a, b) = (fingerprint(first.key), fingerprint(second.key))
            return a != b ? a < b : first.key < second.key
        }
        var fold = [Int](repeating: 0, count: examples.count)
        var dealt: [String: Int] = [:]
        for (_, group) in ordered {
            let position = dealt[group.label, default: 0]
            dealt[group.label] = position + 1
            for member in group.members { fold[member] = position % folds }
        }
        return fold
    }

    private static func fingerprint(_ text: String) -> String {
        var hash = FNV1a64()
        hash.mix(text.utf8)
        return hash.hex
    }
}
