import ArgumentParser
import BriefingPipeline

/// `briefing fetch`: fetch, parse and store every due feed, without composing.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every enabled feed that is due, parse it and store new entries.",
        discussion: ExitCodes.help
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("feed"), help: "Fetch only this feed (repeatable).")
    var feeds: [String] = []

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let updater = FeedUpdater(workspace: workspace)
            let names = feeds.isEmpty ? nil : try updater.feedNames(matching: feeds)
            let progress = options.quiet || !stderrIsTerminal ? nil : ProgressLine().callback
            let report = try await workspace.holdingRunLock(for: "fetch") {
                try await updater.update(only: names, progress: progress)
            }
            ProgressLine.clear(if: progress != nil)
            for item in report.failures { printError("failed: \(item.feed): \(item.message)") }
            for item in report.notices { printError("notice: \(item)") }
            if !options.quiet { print(report.summary) }
            if report.everyFeedFailed { throw RunFailure(report: report) }
        }
    }
}
