import BriefingClassify
import BriefingModel
import Foundation

/// The classifier as the `classify` and `eval` commands use it: built from a configuration (or
/// the shipped examples alone), fed JSON lines, and measured. The commands reach the classify
/// stage only through here.
public enum Judgement {
    /// The classifier of the configuration at `configPath` and its store's labels when that file
    /// exists or was named, else one trained on the shipped examples alone, so
    /// `classify --input` works anywhere.
    public static func classifier(configPath: String, storePath: String?, configNamed: Bool) throws -> Classifier {
        guard configNamed || FileManager.default.fileExists(atPath: configPath) else {
            return Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        }
        return try MonthClassifier(workspace: try Workspace.open(configPath: configPath, storePath: storePath))
            .makeClassifier()
    }

    /// The entries of a JSON-lines file (`title`, `summary`, `url`, `source`, `feed_kind`).
    public static func inputs(path: String) throws -> [ClassifierInput] {
        try JSONLinesReader.inputs(path: path)
    }

    /// The labeled entries of JSON-lines files (the classify keys plus `section`).
    public static func labeledExamples(paths: [String]) throws -> [LabeledExample] {
        try paths.flatMap { try JSONLinesReader.labeledExamples(path: $0) }
    }

    /// Leave-one-out over the shipped examples, and over the reference issue's items alone.
    public static func leaveOneOut() -> (all: String, reference: String) {
        let reference = Evaluation.leaveOneOut { $0.group?.hasPrefix("ref-") == true }
        return (Evaluation.leaveOneOut().text, reference.text)
    }

    /// Stratified `folds`-fold cross-validation over the shipped examples plus `examples`,
    /// scoring `examples` (all items when there are none), each by models that never trained on it.
    public static func crossValidation(of examples: [LabeledExample], folds: Int) -> (text: String, mistakes: String) {
        let scored = Set(examples)
        let report = CrossValidation.run(examples: CrossValidation.pool(extra: examples), folds: folds) {
            scored.isEmpty || scored.contains($0)
        }
        return (report.text, report.mistakes)
    }

    /// `classifier` scored on `examples`, and how many of them it trained on (the figures then
    /// flatter it).
    public static func evaluation(of classifier: Classifier, on examples: [LabeledExample])
        -> (text: String, seenInTraining: Int)
    {
        let shipped = Set(TrainingSet.shipped.map { $0.input.title })
        let seen = examples.filter { shipped.contains($0.input.title) }.count
        return (Evaluation.evaluate(classifier: classifier, examples: examples).text, seen)
    }
}
