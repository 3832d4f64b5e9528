import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

extension DraftFormat: ExpressibleByArgument {}

/// `briefing compose`: classify the stored entries of a month and write (or print) its draft.
struct ComposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Classify a month's stored entries and write its draft (no fetching).",
        discussion: """
            Markdown without --out goes to drafts/YYYY-MM.md, never over a draft an editor changed \
            (new candidates then go to drafts/YYYY-MM.new.md). html and json print to stdout unless --out names a file.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "The month, YYYY-MM (default: the current month in the configured time zone).")
    var month: MonthArgument?

    @Option(help: "markdown, html (a self-contained preview page) or json.")
    var format: DraftFormat = .markdown

    @Option(help: "Write here instead (`-` for stdout).")
    var out: String?

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            try await workspace.holdingRunLock(for: "compose") { try await compose(in: workspace) }
        }
    }

    private func compose(in workspace: Workspace) async throws {
        let month = month?.month ?? Month(containing: Date(), in: workspace.config.draft.timeZone)
        let entries = try MonthClassifier(workspace: workspace).classify(month)
        let stage = DraftStage(workspace: workspace)
        let plan = stage.plan(month, entries: entries)
        if format == .markdown && out == nil {
            let report = try await stage.write(plan)
            if let assist = report.assist { printError(assist.line) }
            if !options.quiet { print(describe(report)) }
            return
        }
        guard let out, out != "-" else {
            let text = try stage.render(plan, format: format)
            return print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
        let report = try await stage.write(plan, format: format, to: out)
        if !options.quiet {
            print(report.outcome == .unchanged ? "\(month): \(out) unchanged" : "\(month): wrote \(out)")
        }
    }

    private func describe(_ report: ComposeReport) -> String {
        switch report.outcome {
        case .written: "\(report.month): draft \(report.path) (\(report.items) items)"
        case .unchanged: "\(report.month): draft \(report.path) unchanged (\(report.items) items)"
        case .editedKept(let newPath):
            "\(report.month): \(report.path) was edited by hand and left alone; "
                + (newPath.map { "new candidates in \($0)" } ?? "no new candidates")
        case .notWritten: "\(report.month): nothing written"
        }
    }
}
