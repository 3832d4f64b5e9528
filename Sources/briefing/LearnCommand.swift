import ArgumentParser
import BriefingPipeline

/// `briefing learn DRAFT`: record what the editors decided in a finished draft.
struct LearnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Read a finished draft and label its entries: kept (by section) or deleted.",
        discussion: "Items are matched by their links, so drafts whose metadata comments were removed work too."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The finished draft, e.g. drafts/2025-05.md.")
    var draft: String

    func run() async throws {
        try await reportingErrors {
            let report = try DraftLearner(workspace: try options.workspace()).learn(fromDraftAt: draft)
            if !options.quiet { print(report.summary) }
            if options.verbose {
                for item in report.unmatchedLinks { printError("unmatched: \(item)") }
            }
        }
    }
}
