import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing classify`: sort entries into the six sections and say which layer decided.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Sorts entries into the six sections and says which layer decided.",
        discussion: """
            With --input, classifies a JSONL file (one entry per line: title, summary, url, source, feed_kind) and \
            prints one {"section", "confidence", "why"} line per entry, in order. Without --input, classifies the \
            stored entries of a month, saves the result, and prints one line per entry.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "A JSONL file: one entry per line with title, summary, url, source, feed_kind.")
    var input: String?

    @Option(help: "Without --input: the month of stored entries, YYYY-MM (default: the current month).")
    var month: MonthArgument?

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func run() throws {
        try reportingErrorsSynchronously {
            guard let input else { return try classifyStored() }
            let inputs = try Judgement.inputs(path: input)
            let classifier = try Judgement.classifier(
                configPath: options.config, storePath: options.store, configNamed: options.configNamed)
            var output = ""
            for classification in classifier.classify(inputs) {
                output += CommandOutput.jsonLine(classification) + "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    private func classifyStored() throws {
        let workspace = try options.workspace()
        let month = month?.month ?? Month(containing: Date(), in: workspace.config.draft.timeZone)
        for entry in try MonthClassifier(workspace: workspace).classify(month) {
            guard let classification = entry.classification else { continue }
            if json {
                print(CommandOutput.jsonLine(classification, id: entry.id, title: entry.title))
            } else {
                let confidence = String(format: "%.2f", classification.confidence)
                let candidate = classification.isCandidate ? "" : " (not a candidate)"
                print("\(entry.id)\t\(classification.section.rawValue)\t\(confidence)\t\(entry.title)\(candidate)")
            }
        }
    }
}
