import Foundation

/// The examples shipped in `Resources/training.jsonl`: the reference issue's items and hand-written titles.
public enum TrainingSet {
    /// The shipped examples, in file order; empty if the resource is missing (the build ships it).
    public static let shipped: [LabeledExample] = load()

    private static func load() -> [LabeledExample] {
        guard
            let url = Bundle.module.url(forResource: "training", withExtension: "jsonl", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONLinesReader.labeledExamples(data: data, path: "training.jsonl")) ?? []
    }
}
