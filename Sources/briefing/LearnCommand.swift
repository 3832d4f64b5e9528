import ArgumentParser
import BriefingPipeline

/// `briefing learn DRAFT`: record what the editors decided in a finished draft.
struct LearnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Read a finished draft and label its entries: kept (by section) or deleted.",
        discussion: """
            Reads the Markdown draft or the plain-text layout of a finished issue. Items are tied to \
            entries by their links, then by source titles, and by <!-- briefing: ids= --> comments only \
            when the store wrote those ids into this draft. Refuses (exit 65, nothing recorded) a file \
            that is not a draft, a .new.md file, or one that would drop more than half of the draft's \
            entries, unless --force.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The finished draft, e.g. drafts/2025-05.md.")
    var draft: String

    @Flag(help: "Show what would be recorded; record nothing.")
    var dryRun = false

    @Flag(help: "Learn a .new.md file or a draft that drops more than half of its entries.")
    var force = false

    @Flag(help: "Undo every label that learning this file recorded.")
    var undo = false

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let learner = DraftLearner(workspace: workspace)
            if undo {
                let undone = try await workspace.holdingRunLock(for: "learn") { try learner.undo(learningOf: draft) }
                if !options.quiet { print("undid \(undone) labels learned from \(draft)") }
                return
            }
            let report = try await workspace.holdingRunLock(for: "learn") {
                try learner.learn(fromDraftAt: draft, dryRun: dryRun, force: force)
            }
            if dryRun { for decision in report.decisions { print(decision.line) } }
            if !options.quiet { print(report.summary) }
            if options.verbose || dryRun {
                for link in report.unmatchedLinks { printError("unmatched link: \(link)") }
                for headline in report.unmatchedItems { printError("unmatched item: \(headline)") }
            }
        }
    }
}
