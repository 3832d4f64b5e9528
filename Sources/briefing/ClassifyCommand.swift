import ArgumentParser
import BriefingClassify
import BriefingModel
import Foundation

/// `briefing classify --input FILE.jsonl --json`: one `{"section", "confidence", "why"}` line per input line.
struct ClassifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Sorts entries into the six sections and says which layer decided."
    )

    @Option(name: .long, help: "A JSONL file: one entry per line with title, summary, url, source, feed_kind.")
    var input: String?

    @Flag(name: .long, help: "Print one JSON object per entry (the only output format for now).")
    var json = false

    func run() async throws {
        guard let input else {
            CommandOutput.fail("classify without --input needs the store (not yet wired)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let inputs: [ClassifierInput]
        do {
            inputs = try JSONLinesReader.inputs(path: input)
        } catch let error as ClassifyInputError {
            CommandOutput.fail(error.message)
            throw ExitCode(error.exitStatus.rawValue)
        }
        let classifier = ClassifierFactory.make()
        var output = ""
        for entry in inputs { output += CommandOutput.jsonLine(classifier.classify(entry)) + "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
