import Foundation

/// The examples compiled into the binary (`ShippedExamples`, generated from `Training/*.jsonl`): the
/// reference issue's items, hand-written titles, and the labeled dev items of other months.
public enum TrainingSet {
    /// Names a JSONL file whose titles are left out of the shipped examples, so a benchmark can score
    /// items the model never trained on (`Benchmarks/volume-benchmark.sh`); unset in normal use.
    public static let excludeVariable = "BRIEFING_TRAINING_EXCLUDE"

    /// The shipped examples, in file order, less those named by `excludeVariable`. A file that fails to
    /// decode is a build defect the tests catch (`TrainingSetTests`); at run time it leaves that file's
    /// examples out rather than stopping cron.
    public static let shipped: [LabeledExample] = {
        let all = ShippedExamples.files.flatMap { file in
            (try? JSONLinesReader.labeledExamples(text: file.text, path: "Training/" + file.name)) ?? []
        }
        guard let path = ProcessInfo.processInfo.environment[excludeVariable], !path.isEmpty else { return all }
        do {
            let excluded = Set(try JSONLinesReader.inputs(path: path).map(\.title))
            return all.filter { !excluded.contains($0.input.title) }
        } catch {
            FileHandle.standardError.write(Data("\(excludeVariable): \(error); nothing left out\n".utf8))
            return all
        }
    }()
}
