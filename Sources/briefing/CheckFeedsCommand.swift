import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing check-feeds [--feed NAME]…`: the day-one check of every URL in feeds.yaml.
struct CheckFeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-feeds",
        abstract: "Fetch each feed once (nothing stored) and say what came back.",
        discussion: """
            Per feed: the HTTP status, the final URL after redirects ("update feeds.yaml" for permanent \
            ones), the format, the entries, the newest entry's day and whether the feed is quiet \
            (fetch.quiet_after). No validators, back-off or retries: each URL is asked once, as a new user's \
            first run would. Exit 0 when done, 3 when every feed failed (likely no network), 64 for an unknown \
            --feed, 65/66 for feeds.yaml problems.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("feed"), help: "Check only this feed, also a disabled one (repeatable).")
    var feeds: [String] = []

    @Flag(help: "A JSON array instead of lines.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let config = try ConfigFile.load(options.config)
            if config.fetch.contact == nil && config.fetch.userAgent == FetchSettings.defaultUserAgent {
                printError(
                    "notice: fetch.contact is not set, so servers see the User-Agent \(config.fetch.userAgent) "
                        + "alone; add your e-mail address or site so feed owners can reach you")
            }
            let checks = try await FeedChecker(config: config).check(only: feeds)
            let zone = config.draft.timeZone
            if json {
                try printJSON(checks.map(\.jsonObject))
            } else if !options.quiet {
                for check in checks { print(Self.lines(for: check, timeZone: zone)) }
                print(Self.summary(of: checks))
            }
            if !checks.isEmpty && checks.allSatisfy({ !$0.isFeed }) {
                throw ExitCode(ExitStatus.allFeedsFailed.rawValue)
            }
        }
    }

    /// `name  HTTP 200  atom10  5 entries  newest 2025-06-06  quiet`, then a redirect line if any.
    static func lines(for check: FeedCheck, timeZone: TimeZone) -> String {
        let status = check.status.map { "HTTP \($0)" } ?? "file"
        guard let problem = check.problem else {
            var fields = [check.name, status, check.format ?? "-", "\(check.entries) entries"]
            fields.append(check.newestEntry.map { "newest \(QuietFeed.day(of: $0, in: timeZone))" } ?? "no dates")
            if check.quiet { fields.append("quiet") }
            return fields.joined(separator: "\t") + redirect(of: check)
        }
        return [check.name, "failed", problem].joined(separator: "\t") + redirect(of: check)
    }

    private static func redirect(of check: FeedCheck) -> String {
        guard let finalURL = check.finalURL else { return "" }
        if check.movedPermanently { return "\n\tmoved permanently to \(finalURL): update feeds.yaml" }
        return "\n\tredirected to \(finalURL) (temporary: keep the URL in feeds.yaml)"
    }

    /// `checked 21 feeds: 20 ok, 1 failed, 0 moved permanently, 20 quiet`.
    static func summary(of checks: [FeedCheck]) -> String {
        let ok = checks.filter(\.isFeed).count
        let moved = checks.filter(\.movedPermanently).count
        let quiet = checks.filter(\.quiet).count
        return "checked \(checks.count) feeds: \(ok) ok, \(checks.count - ok) failed, \(moved) moved permanently, "
            + "\(quiet) quiet"
    }
}

extension FeedCheck {
    var jsonObject: [String: Any] {
        [
            "name": name, "url": url, "status": status ?? NSNull(), "final_url": finalURL ?? NSNull(),
            "moved_permanently": movedPermanently, "format": format ?? NSNull(), "entries": entries,
            "newest_entry": JSONDate.string(newestEntry), "quiet": quiet, "problem": problem ?? NSNull(),
        ]
    }
}
