import BriefingModel
import BriefingStore
import Foundation

/// What `briefing run` did: the fetch, and the draft of the month.
public struct RunReport: Sendable {
    public var fetch: FetchReport
    public var compose: ComposeReport

    /// The one line cron mails: `2025-05: 143 feeds, 12 new entries, 3 failed; draft drafts/2025-05.md (41 items)`.
    public func summaryLine(relativeTo directory: String) -> String {
        var path = compose.path
        if path.hasPrefix(directory + "/") { path.removeFirst(directory.count + 1) }
        let draft: String
        switch compose.outcome {
        case .written, .unchanged: draft = "draft \(path) (\(compose.items) items)"
        case .editedKept(let newPath):
            let fresh = newPath.map { "new candidates in \(relative($0, to: directory))" } ?? "no new candidates"
            draft = "draft \(path) edited by hand, left alone; \(fresh)"
        case .notWritten: draft = "dry run, \(compose.items) items, nothing written"
        }
        return "\(compose.month): \(fetch.enabledFeeds) feeds, \(fetch.newEntries) new entries, "
            + "\(fetch.failed) failed; \(draft)"
    }

    private func relative(_ path: String, to directory: String) -> String {
        path.hasPrefix(directory + "/") ? String(path.dropFirst(directory.count + 1)) : path
    }
}

/// The cron job: fetch → parse → store → classify → compose, under the run lock.
public struct RunJob: Sendable {
    private let workspace: Workspace
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.now = now
    }

    /// Runs the whole job for `month` (default: the current month in the configured time zone).
    /// - Throws: `PipelineError.everyFeedFailed` when feeds were fetched and none worked; the draft is then
    ///   left as it was.
    public func run(
        month: Month? = nil, dryRun: Bool = false, progress: (@Sendable (FetchProgress) -> Void)? = nil
    ) async throws -> RunReport {
        let month = month ?? Month(containing: now(), in: workspace.config.draft.timeZone)
        let fetch = try await FeedUpdater(workspace: workspace, now: now).update(dryRun: dryRun, progress: progress)
        if fetch.everyFeedFailed { throw RunFailure(report: fetch) }
        let entries = try MonthClassifier(workspace: workspace)
            .classify(month, pending: fetch.pendingEntries(now: now()), dryRun: dryRun)
        let stage = DraftStage(workspace: workspace, now: now)
        let plan = stage.plan(month, entries: entries)
        if dryRun {
            let items = plan.items.values.reduce(0) { $0 + $1.count }
            let text = try stage.render(plan, format: .markdown)
            let compose = ComposeReport(
                month: month, path: stage.draftPath(for: month), outcome: .notWritten, items: items, text: text)
            return RunReport(fetch: fetch, compose: compose)
        }
        return RunReport(fetch: fetch, compose: try stage.write(plan))
    }
}

/// Every feed failed: carries the fetch report so the command can list the failures.
public struct RunFailure: BriefingError {
    public var report: FetchReport

    public init(report: FetchReport) {
        self.report = report
    }

    public var exitStatus: ExitStatus { .allFeedsFailed }
    public var message: String { PipelineError.everyFeedFailed(failed: report.failed).message }
}
