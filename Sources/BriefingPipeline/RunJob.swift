import BriefingClassify
import BriefingModel
import BriefingStore
import Foundation

/// What `briefing run` did: the fetch, and the draft of the month.
public struct RunReport: Sendable {
    public var fetch: FetchReport
    public var compose: ComposeReport
    /// The previous month's draft, refreshed while it is within `draft.grace_days` of its end.
    public var previous: ComposeReport?
    /// The last day (local) the previous month stays open, for the summary line.
    public var previousOpenUntil: String?

    /// The one line cron mails: `2025-05: 143 feeds, 12 new entries, 3 failed; draft drafts/2025-05.md (41 items)`.
    public func summaryLine(relativeTo directory: String) -> String {
        let skipped = fetch.skipped > 0 ? ", \(fetch.skipped) waiting (back-off)" : ""
        var line =
            "\(compose.month): \(fetch.enabledFeeds) feeds, \(fetch.newEntries) new entries, "
            + "\(fetch.failed) failed\(skipped); \(describe(compose, relativeTo: directory))"
        if let previous {
            let until = previousOpenUntil.map { " (open until \($0))" } ?? ""
            line += "; also \(previous.month)\(until): \(describe(previous, relativeTo: directory))"
        }
        return line
    }

    private func describe(_ compose: ComposeReport, relativeTo directory: String) -> String {
        let path = relative(compose.path, to: directory)
        switch compose.outcome {
        case .written, .unchanged: return "draft \(path) (\(compose.items) items)"
        case .editedKept(let newPath):
            let fresh = newPath.map { "new candidates in \(relative($0, to: directory))" } ?? "no new candidates"
            return "draft \(path) edited by hand, left alone; \(fresh)"
        case .notWritten: return "dry run, \(compose.items) items, nothing written"
        }
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

    /// Runs the whole job for `month` (default: the current month in the configured time zone, and
    /// the previous month too while it is within `draft.grace_days` of its end).
    /// - Throws: `RunFailure` when feeds were fetched and none worked, or when no feed has worked for
    ///   longer than `fetch.alert_after`; the drafts are then left as they were.
    public func run(
        month: Month? = nil, dryRun: Bool = false, progress: (@Sendable (FetchProgress) -> Void)? = nil
    ) async throws -> RunReport {
        let zone = workspace.config.draft.timeZone
        let current = month ?? Month(containing: now(), in: zone)
        let fetch = try await FeedUpdater(workspace: workspace, now: now).update(dryRun: dryRun, progress: progress)
        if fetch.everyFeedFailed { throw RunFailure(report: fetch) }
        if fetch.ok + fetch.notModified == 0, let outage = try OutageCheck(workspace: workspace).outage(at: now()) {
            throw RunFailure(report: fetch, outage: outage)
        }
        let pending = fetch.pendingEntries(now: now())
        // Trained once: the grace period composes two months from the same labels.
        let classifier = try MonthClassifier(workspace: workspace).makeClassifier()
        var report = RunReport(
            fetch: fetch, compose: try await compose(current, pending: pending, dryRun: dryRun, using: classifier))
        if month == nil, let (previous, until) = openPreviousMonth(of: current) {
            report.previous = try await compose(previous, pending: pending, dryRun: dryRun, using: classifier)
            report.previousOpenUntil = until
        }
        return report
    }

    /// The previous month and its last open day, while `now` is within its grace period.
    private func openPreviousMonth(of month: Month) -> (Month, String)? {
        let zone = workspace.config.draft.timeZone
        let days = workspace.config.draft.graceDays
        guard days > 0, let previous = month.previous else { return nil }
        let start = month.window(in: zone).lowerBound
        let end = start.addingTimeInterval(TimeInterval(days) * 86_400)
        guard now() < end else { return nil }
        let lastDay = LocalTime.minutes(end.addingTimeInterval(-1), in: zone).prefix(10)
        return (previous, String(lastDay.dropFirst(5)))
    }

    private func compose(_ month: Month, pending: [Entry], dryRun: Bool, using classifier: Classifier) async throws
        -> ComposeReport
    {
        let entries = try MonthClassifier(workspace: workspace)
            .classify(month, pending: pending, dryRun: dryRun, using: classifier)
        let stage = DraftStage(workspace: workspace, now: now)
        let plan = stage.plan(month, entries: entries)
        guard dryRun else { return try await stage.write(plan) }
        let items = plan.items.values.reduce(0) { $0 + $1.count }
        let text = try stage.render(plan, format: .markdown)
        return ComposeReport(
            month: month, path: stage.draftPath(for: month), outcome: .notWritten, items: items, text: text)
    }
}

/// Every feed failed, or none has worked for too long: carries the fetch report so the command
/// can list the failures, and the outage when there is one.
public struct RunFailure: BriefingError {
    public var report: FetchReport
    public var outage: Outage?

    public init(report: FetchReport, outage: Outage? = nil) {
        self.report = report
        self.outage = outage
    }

    public var exitStatus: ExitStatus { .allFeedsFailed }

    public var message: String {
        if report.everyFeedFailed {
            let common =
                OutageCheck.mostCommon(report.failures.map(\.message))
                .map { "; the most common error (\($0.count) feeds): \($0.error)" } ?? ""
            return "every feed failed (\(report.failed) of \(report.failed))\(common); is the network down? "
                + "The draft was not rewritten"
        }
        return outage?.message ?? PipelineError.everyFeedFailed(failed: report.failed).message
    }
}
