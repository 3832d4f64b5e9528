import BriefingConfig
import BriefingFetch
import BriefingModel
import BriefingParse
import Foundation

/// The first-run check of feeds.yaml: fetches each feed once — no validators, no back-off, no
/// retry, nothing stored — and says what came back, so a new user sees which URLs need care.
public struct FeedChecker: Sendable {
    private let config: BriefingConfig
    private let now: @Sendable () -> Date

    /// A checker of `config`'s feeds; `now` decides which feeds are quiet.
    public init(config: BriefingConfig, now: @escaping @Sendable () -> Date = { Date() }) {
        self.config = config
        self.now = now
    }

    /// The enabled feeds, or only those named in `names` (disabled ones too), in feeds.yaml order.
    /// - Throws: `PipelineError.unknownFeed` for a name feeds.yaml does not list.
    public func check(only names: [String] = []) async throws -> [FeedCheck] {
        let sources = try selected(names)
        let requests = sources.map { FetchRequest(source: $0, health: nil, settings: config.fetch) }
        let found = CheckResults()
        let sourcesByName = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, $0) })
        await FeedFetcher(settings: config.fetch).fetchAll(requests, retryingTransientFailures: false) {
            request, outcome in
            guard let source = sourcesByName[request.feed] else { return }
            await found.add(inspect(outcome, of: source))
        }
        let checks = await found.byName
        return sources.compactMap { checks[$0.name] }
    }

    private func selected(_ names: [String]) throws -> [FeedSource] {
        guard !names.isEmpty else { return config.feeds.filter(\.enabled) }
        return try names.map { name in
            guard let source = config.feed(matching: name) else {
                let suggestion = Suggestion.closest(to: name, among: config.feeds.map(\.name))
                throw PipelineError.unknownFeed(
                    name, suggestion: suggestion, config: (config.path as NSString).lastPathComponent)
            }
            return source
        }
    }

    private func inspect(_ outcome: FetchOutcome, of source: FeedSource) -> FeedCheck {
        var check = FeedCheck(name: source.name, url: source.url)
        switch outcome {
        case .fetched(let document):
            check.status = document.status
            check.finalURL = document.finalURL == source.url ? nil : document.finalURL
            check.movedPermanently = document.permanentRedirect != nil
            read(document, into: &check)
        case .notModified:
            // Not sent validators, a server may still answer 304; the URL works.
            check.status = 304
        case .failed(let failure):
            check.status = failure.status
            check.finalURL = failure.finalURL
            check.movedPermanently = failure.permanentRedirect != nil
            check.problem = failure.message
        }
        return check
    }

    /// Parses the body the way a run would, and fills in format, entries, newest entry and quiet.
    private func read(_ document: FetchedDocument, into check: inout FeedCheck) {
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(document.body, baseURL: document.finalURL, transportCharset: document.charset)
        } catch {
            check.problem = "\(document.finalURL): \(error.message)"
            return
        }
        guard feed.isFeed else {
            check.problem =
                "\(document.finalURL): the document is not an RSS, Atom or JSON feed; check the url of "
                + "'\(check.name)' in feeds.yaml"
            return
        }
        check.format = feed.format.rawValue
        check.entries = feed.entries.count
        check.newestEntry = feed.entries.compactMap { $0.published ?? $0.updated }.max()
        // Entries without any date cannot be quiet; an empty feed is.
        check.quiet = QuietFeed.isQuiet(
            newestEntry: check.newestEntry, fetched: feed.entries.isEmpty, now: now(),
            quietAfter: config.fetch.quietAfter)
    }
}

/// Collects the checks while the fetches run concurrently.
private actor CheckResults {
    private(set) var byName: [String: FeedCheck] = [:]

    func add(_ check: FeedCheck) { byName[check.name] = check }
}
