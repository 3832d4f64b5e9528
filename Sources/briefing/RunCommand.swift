import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing run`: the cron job.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Fetch every due feed, classify, and update this month's draft (the cron job).",
        discussion: ExitCodes.help
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "The month to compose, YYYY-MM (default: the current month in the configured time zone).")
    var month: MonthArgument?

    @Flag(help: "Fetch and classify, but store nothing and write no draft.")
    var dryRun = false

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let progress = options.quiet || !stderrIsTerminal ? nil : ProgressLine().callback
            let report: RunReport
            do {
                report = try await workspace.holdingRunLock(for: "run") {
                    try await RunJob(workspace: workspace).run(month: month?.month, dryRun: dryRun, progress: progress)
                }
            } catch let failure as RunFailure {
                ProgressLine.clear(if: progress != nil)
                // The diagnosis first: with 98 failures, cron's mail must open with the reason.
                printError("briefing: \(failure.message)")
                printFailures(failure.report.failures)
                throw ExitCode(failure.exitStatus.rawValue)
            }
            ProgressLine.clear(if: progress != nil)
            printFailures(report.fetch.failures)
            for item in report.fetch.notices { printError("notice: \(item)") }
            for compose in [report.compose] + (report.previous.map { [$0] } ?? []) {
                if let assist = compose.assist { printError(assist.line) }
            }
            if options.verbose { printError(report.fetch.summary) }
            if dryRun && options.verbose { print(report.compose.text) }
            if !options.quiet { print(report.summaryLine(relativeTo: workspace.config.directory)) }
        }
    }
}

/// At most this many `failed:` lines; the rest are in `briefing feeds`.
private let failureLinesShown = 10

/// The per-feed failure lines, capped so a mass failure stays readable.
private func printFailures(_ failures: [FetchReport.Failure]) {
    for item in failures.prefix(failureLinesShown) { printError("failed: \(item.feed): \(item.message)") }
    if failures.count > failureLinesShown {
        printError("… and \(failures.count - failureLinesShown) more failed feeds; see 'briefing feeds'")
    }
}

/// The progress line a person sees on a terminal: done/total, failures, current feed.
struct ProgressLine: Sendable {
    var callback: @Sendable (FetchProgress) -> Void {
        { progress in
            let line = "\r\u{1B}[2K[\(progress.done)/\(progress.total)] \(progress.failed) failed · \(progress.current)"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    static func clear(if shown: Bool) {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}

/// The exit codes, for `--help` of the commands that end runs.
enum ExitCodes {
    static let help = """
        Exit codes: 0 done (failed feeds are listed on stderr); 1 unexpected failure; \
        3 every feed failed (likely no network); 4 another run holds the lock; 64 bad usage; \
        65 invalid feeds.yaml; 66 feeds.yaml or an input file missing; 70 store error; \
        73 the draft cannot be written.
        """
}
