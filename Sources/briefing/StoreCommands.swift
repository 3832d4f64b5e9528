import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing feeds`: each feed's health.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Show each feed's health: status, last error, consecutive failures, entries, next fetch.",
        discussion: """
            Feeds failing fetch.failure_threshold times in a row are marked [exclusion candidate]; feeds with \
            no new entry for fetch.quiet_after (default 90d) are marked [quiet since DAY]. Neither is ever \
            dropped by itself.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "A JSON array instead of a table.")
    var json = false

    func run() throws {
        try reportingErrorsSynchronously {
            let workspace = try options.workspace()
            let now = Date()
            let reports = try workspace.feedReports(at: now)
            let fetch = workspace.config.fetch
            let quiet = reports.map { QuietFeed.isQuiet($0, settings: fetch, now: now) }
            if json { return try printJSON(zip(reports, quiet).map { $0.jsonObject(quiet: $1) }) }
            for (report, isQuiet) in zip(reports, quiet) {
                let error = (report.lastError ?? report.notice.map { "notice: \($0)" }).map { " — \($0)" } ?? ""
                let candidate = report.errorCount >= fetch.failureThreshold ? " [exclusion candidate]" : ""
                let zone = workspace.config.draft.timeZone
                let dormant = isQuiet ? " [\(QuietFeed.label(newestEntry: report.newestEntry, timeZone: zone))]" : ""
                print(
                    "\(report.name)\t\(report.status)\t\(report.entries) entries\t\(report.errorCount) errors"
                        + "\(candidate)\(dormant)\(error)")
            }
        }
    }
}

extension FeedReport {
    func jsonObject(quiet: Bool) -> [String: Any] {
        [
            "name": name, "url": url, "effective_url": effectiveURL ?? NSNull(), "status": status.rawValue,
            "last_error": lastError ?? NSNull(), "error_count": errorCount, "entries": entries,
            "last_success": JSONDate.string(lastSuccess), "next_fetch_at": JSONDate.string(nextFetchAt),
            "gone": gone, "newest_entry": JSONDate.string(newestEntry), "quiet": quiet,
            "notice": notice ?? NSNull(),
        ]
    }
}

/// `briefing entries`: stored entries, filtered.
struct EntriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entries",
        abstract: "List stored entries (every entry without --month)."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only entries of this month, YYYY-MM, in the configured time zone.")
    var month: MonthArgument?

    @Option(help: "Only entries of this feed.")
    var feed: String?

    @Option(help: "Only entries classified into this section.")
    var section: String?

    @Flag(help: "A JSON array instead of lines.")
    var json = false

    func validate() throws {
        if let section, Section(rawValue: section) == nil {
            throw ValidationError(
                "'\(section)' is not one of \(Section.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingErrorsSynchronously {
            let workspace = try options.workspace()
            let entries = try workspace.entries(of: month?.month, feed: feed, section: section.flatMap(Section.init))
            if json { return try printJSON(entries.map(\.jsonObject)) }
            for entry in entries {
                let section = entry.classification?.section.rawValue ?? "-"
                print("\(entry.id)\t\(entry.date.formatted(.iso8601))\t\(entry.feed)\t\(section)\t\(entry.title)")
            }
        }
    }
}

extension Entry {
    var jsonObject: [String: Any] {
        [
            "id": id, "feed": feed, "title": title, "url": url ?? NSNull(),
            "published": JSONDate.string(published), "updated": JSONDate.string(updated),
            "first_seen": JSONDate.string(firstSeen), "summary": summary,
            "section": classification?.section.rawValue ?? NSNull(),
            "confidence": classification?.confidence ?? NSNull(), "why": classification?.why ?? NSNull(),
        ]
    }
}
