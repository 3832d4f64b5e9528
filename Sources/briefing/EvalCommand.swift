import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing eval`: how well the classifier does on labeled entries — cross-validated, on a file, or
/// leave-one-out on the shipped examples.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measures the classifier on labeled entries (the classify input plus a `section` field).",
        discussion: """
            --cross-validate K pools the shipped examples with the --input files (an input item replaces a \
            shipped one with the same title), deals them into K folds stratified by label, and scores the \
            input items (all examples without --input) with models trained on the other folds only.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(
        name: .long, parsing: .upToNextOption,
        help: "JSONL files of labeled entries: classify keys plus section (or drop).")
    var input: [String] = []

    @Option(name: .long, help: "Stratified K-fold cross-validation over the shipped examples plus the --input files.")
    var crossValidate: Int?

    @Flag(name: .long, help: "Cross-validate on the shipped training examples instead (leave one item out).")
    var leaveOneOut = false

    func validate() throws {
        if let crossValidate, crossValidate < 2 { throw ValidationError("--cross-validate needs at least 2 folds") }
        if leaveOneOut && (crossValidate != nil || !input.isEmpty) {
            throw ValidationError("--leave-one-out takes neither --input nor --cross-validate")
        }
        if !leaveOneOut && crossValidate == nil && input.isEmpty {
            throw ValidationError("give --input FILE.jsonl, --cross-validate K [--input FILE…] or --leave-one-out")
        }
    }

    func run() throws {
        if leaveOneOut {
            let (all, reference) = Judgement.leaveOneOut()
            print("leave-one-out, all shipped examples\n\(all)\n")
            print("leave-one-out, reference issue items only\n\(reference)")
            return
        }
        try reportingErrorsSynchronously {
            let examples = try Judgement.labeledExamples(paths: input)
            if let crossValidate {
                let report = Judgement.crossValidation(of: examples, folds: crossValidate)
                print(report.text)
                if options.verbose { print("\nmistakes (expected, got, title, why)\n\(report.mistakes)") }
                return
            }
            let classifier = try Judgement.classifier(
                configPath: options.config, storePath: options.store, configNamed: options.configNamed)
            let (text, seen) = Judgement.evaluation(of: classifier, on: examples)
            if seen > 0 {
                let note =
                    "note: \(seen) of these \(examples.count) items are in the shipped training set, so these "
                    + "figures flatter the model; use --cross-validate K for honest ones\n"
                FileHandle.standardError.write(Data(note.utf8))
            }
            print(text)
        }
    }
}
