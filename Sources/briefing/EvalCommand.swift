import ArgumentParser
import BriefingClassify
import BriefingModel
import Foundation

/// `briefing eval --input FILE.jsonl`: accuracy, precision/recall and confusion matrix on labeled entries.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measures the classifier on labeled entries (the classify input plus a `section` field)."
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "A JSONL file of labeled entries: classify keys plus section (or drop).")
    var input: String?

    @Flag(name: .long, help: "Cross-validate on the shipped training examples instead (leave one item out).")
    var leaveOneOut = false

    func validate() throws {
        guard (input == nil) != (!leaveOneOut) else {
            throw ValidationError("give either --input FILE.jsonl or --leave-one-out")
        }
    }

    func run() async throws {
        if leaveOneOut {
            let all = Evaluation.leaveOneOut()
            let reference = Evaluation.leaveOneOut { $0.group?.hasPrefix("ref-") == true }
            print("leave-one-out, all shipped examples\n\(all.text)\n")
            print("leave-one-out, reference issue items only\n\(reference.text)")
            return
        }
        guard let input else { return }
        try await reportingErrors {
            let examples = try JSONLinesReader.labeledExamples(path: input)
            let classifier = try ClassifierFactory.make(options: options, configNamed: options.configNamed)
            print(Evaluation.evaluate(classifier: classifier, examples: examples).text)
        }
    }
}
