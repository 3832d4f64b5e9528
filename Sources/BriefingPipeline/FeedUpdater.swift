import BriefingConfig
import BriefingFetch
import BriefingModel
import BriefingParse
import BriefingStore
import Foundation

/// Fetches every due feed, parses what came back and stores the entries, one transaction per feed.
///
/// One failing feed never stops the others: its error is recorded on the feed and reported.
public struct FeedUpdater: Sendable {
    private let workspace: Workspace
    private let fetcher: FeedFetcher
    private let now: @Sendable () -> Date

    public init(workspace: Workspace, now: @escaping @Sendable () -> Date = { Date() }) {
        self.workspace = workspace
        self.fetcher = FeedFetcher(settings: workspace.config.fetch)
        self.now = now
    }

    /// The configured names of the feeds a person named (ignoring case); throws for a name that
    /// is unknown or disabled, so `fetch --feed typo` never fetches nothing in silence.
    public func feedNames(matching names: [String]) throws -> Set<String> {
        let config = workspace.config
        let shown = (config.path as NSString).lastPathComponent
        return Set(
            try names.map { name in
                guard let feed = config.feed(matching: name) else {
                    let suggestion = Suggestion.closest(to: name, among: config.feeds.map(\.name))
                    throw PipelineError.unknownFeed(name, suggestion: suggestion, config: shown)
                }
                guard feed.enabled else { throw PipelineError.disabledFeed(feed.name, config: shown) }
                return feed.name
            })
    }

    /// Updates the enabled feeds that are due (or only `names`); with `dryRun`, stores nothing.
    public func update(
        only names: Set<String>? = nil, dryRun: Bool = false,
        progress: (@Sendable (FetchProgress) -> Void)? = nil
    ) async throws -> FetchReport {
        let sources = workspace.config.feeds.filter { $0.enabled && (names?.contains($0.name) ?? true) }
        let tally = Tally(report: FetchReport(enabledFeeds: sources.count))
        var requests: [FetchRequest] = []
        // Read once here: nothing else writes a feed's health during its fetch.
        var healthByFeed: [String: FeedHealth] = [:]
        for source in sources {
            let health = try workspace.store.health(forFeed: source.name)
            if FeedHealthPolicy.isDue(health, source: source, now: now()) != nil {
                await tally.skip()
                continue
            }
            healthByFeed[source.name] = health
            requests.append(FetchRequest(source: source, health: health, settings: workspace.config.fetch))
        }
        let previousHealth = healthByFeed
        let total = requests.count
        // Parsing and storing run beside the fetches, so a busy store writer does not idle the workers.
        let gate = HandlingGate(limit: 2 * workspace.config.fetch.concurrency)
        await fetcher.fetchAll(requests) { request, outcome in
            await gate.start {
                await handle(
                    outcome, of: request, previous: previousHealth[request.feed], dryRun: dryRun, tally: tally)
                if let progress { progress(await tally.progress(total: total, current: request.feed)) }
            }
        }
        await gate.drain()
        var report = await tally.report
        report.failures.sort { $0.feed < $1.feed }
        return report
    }

    private func handle(
        _ outcome: FetchOutcome, of request: FetchRequest, previous: FeedHealth?, dryRun: Bool, tally: Tally
    ) async {
        guard let source = workspace.config.feed(named: request.feed) else { return }
        do {
            var health = FeedHealthPolicy.after(outcome, health: previous, source: source, now: now())
            switch outcome {
            case .fetched(let document):
                if FeedHealthPolicy.isUnchanged(document, health: previous, source: source) {
                    // The server ignored our validators and sent the same body again: nothing to parse.
                    if !dryRun { try workspace.store.saveHealth(health, forFeed: source.name) }
                    await tally.notModified()
                    return
                }
                let drafts: [EntryDraft]
                do {
                    (drafts, health.notice) = try entries(of: document, source: source)
                } catch {
                    health = FeedHealthPolicy.afterFailure(
                        message: error.message, status: document.status, health: previous, source: source, now: now())
                    if !dryRun { try workspace.store.saveHealth(health, forFeed: source.name) }
                    await tally.fail(source.name, error.message)
                    return
                }
                if let notice = health.notice { await tally.notice("\(source.name): \(notice)") }
                if let moved = health.effectiveURL, moved != previous?.effectiveURL {
                    await tally.notice(
                        "\(source.name): \(source.url) moved permanently to \(moved); update its url in feeds.yaml")
                }
                if dryRun {
                    await tally.pending(drafts, for: source.name)
                } else {
                    let summary = try workspace.store.storeFetchedEntries(
                        drafts, forFeed: source.name, health: health, at: now())
                    await tally.stored(inserted: summary.inserted, updated: summary.updated)
                }
            case .notModified:
                if !dryRun { try workspace.store.saveHealth(health, forFeed: source.name) }
                await tally.notModified()
            case .failed(let failure):
                if !dryRun { try workspace.store.saveHealth(health, forFeed: source.name) }
                await tally.fail(source.name, failure.message)
            }
        } catch {
            await tally.fail(source.name, "\(source.name): \(error)")
        }
    }

    /// The entries of a fetched document and, when it was cut off or ill-formed, a notice saying
    /// so; or why it is not a feed.
    private func entries(of document: FetchedDocument, source: FeedSource) throws(UpdateError)
        -> ([EntryDraft], notice: String?)
    {
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(document.body, baseURL: document.finalURL, transportCharset: document.charset)
        } catch {
            throw UpdateError(message: "\(document.finalURL): \(error.message)")
        }
        guard feed.isFeed else {
            throw UpdateError(
                message: "\(document.finalURL): the document is not an RSS, Atom or JSON feed; "
                    + "check the url of '\(source.name)' in feeds.yaml")
        }
        let drafts = feed.entries.compactMap { entry in
            // A cut-off entry with nothing to identify it is not invented into the store.
            entry.title == nil && entry.link == nil && entry.id == nil ? nil : EntryDraft(parsed: entry)
        }
        return (drafts, Self.notice(for: feed, url: document.finalURL, entries: drafts.count))
    }

    /// `…: the document is cut off or not well-formed (line 93: …); 3 entries read, the last cut off mid-way`.
    static func notice(for feed: ParsedFeed, url: String, entries: Int) -> String? {
        guard !feed.wellFormed else { return nil }
        let reason = feed.bozoReason.map { " (\($0))" } ?? ""
        let cut = feed.cutOffEntries > 0 ? ", the last cut off mid-way and kept for its title and link" : ""
        return "\(url): the document is cut off or not well-formed\(reason); \(entries) entries read\(cut); "
            + "later entries may be missing. If it stays so, tell the site"
    }
}

/// Why a fetched document gave no entries.
struct UpdateError: Error {
    var message: String
}

extension ParsedFeed {
    /// True when a feed root was found or the document carried entries.
    var isFeed: Bool { format != .unknown || !entries.isEmpty || title != nil }
}
