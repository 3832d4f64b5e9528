import BriefingModel
import Foundation

/// Fetches feeds over HTTP(S) with libcurl, or from `file://` URLs, within the limits of each request.
public final class FeedFetcher: Sendable {
    private let settings: FetchSettings

    /// A fetcher that runs at most `settings.concurrency` transfers, `settings.perHost` per host.
    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
        // Loaded here, before any transfer thread starts; a failure is each transfer's to report.
        _ = CurlGlobal.unavailable
    }

    /// Fetches one request. Never throws: every failure is a `FetchOutcome.failed` value. The blocking
    /// transfer runs on a thread of its own, so it never holds a cooperative-pool thread; cancelling the
    /// calling task ends the transfer within about a second.
    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        let cancellation = CancellationFlag()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread { continuation.resume(returning: Self.perform(request, cancellation)) }
                thread.name = "briefing-fetch"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    /// Fetches every request with bounded concurrency and per-host limits, calling `onEach` once per
    /// request with its final outcome (in completion order). One failing feed never stops the others.
    ///
    /// With `retryingTransientFailures`, a transient failure (`FetchFailure.isTransient`) is not final
    /// yet: the request is tried once more after every first attempt, at least `retryDelay` later and
    /// within the per-host limit; a second failure is reported with `attempts == 2`.
    public func fetchAll(
        _ requests: [FetchRequest], retryingTransientFailures: Bool = true,
        onEach: @escaping @Sendable (FetchRequest, FetchOutcome) async -> Void
    ) async {
        let scheduler = HostScheduler(requests, perHost: settings.perHost)
        let workers = min(max(1, settings.concurrency), requests.count)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    while let request = await scheduler.next() {
                        let outcome = await self.fetch(request)
                        await scheduler.finished(request)
                        guard
                            let final = await self.finalOutcome(
                                outcome, of: request, scheduler: scheduler, retrying: retryingTransientFailures)
                        else { continue }
                        await onEach(request, final)
                    }
                }
            }
        }
    }

    /// `outcome` when it is final; nil when the request was queued for its one retry.
    private func finalOutcome(
        _ outcome: FetchOutcome, of request: FetchRequest, scheduler: HostScheduler, retrying: Bool
    ) async -> FetchOutcome? {
        guard retrying, var failure = outcome.failure, failure.isTransient else { return outcome }
        if await scheduler.retryLater(request, after: settings.retryDelay) { return nil }
        failure.attempts = 2
        return .failed(failure)
    }

    private static func perform(_ request: FetchRequest, _ cancellation: CancellationFlag) -> FetchOutcome {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased() else {
            return .failed(FetchFailure(url: request.url, kind: .network(message: "not a valid URL")))
        }
        switch scheme {
        case "http", "https":
            return CurlTransfer(request: request, cancellation: cancellation).run()
        case "file":
            return FileTransfer(request: request, url: url).run()
        default:
            return .failed(FetchFailure(url: request.url, kind: .unsupportedScheme))
        }
    }
}
