import BriefingModel
import Foundation

/// Fetches feeds over HTTP(S) with libcurl, or from `file://` URLs, within the limits of each request.
public final class FeedFetcher: Sendable {
    private let settings: FetchSettings

    /// A fetcher that runs at most `settings.concurrency` transfers, `settings.perHost` per host.
    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
        CurlGlobal.ensureInitialised()
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

    /// Fetches every request with bounded concurrency and per-host limits, calling `onEach` as each
    /// finishes (in completion order). One failing feed never stops the others.
    public func fetchAll(
        _ requests: [FetchRequest], onEach: @escaping @Sendable (FetchRequest, FetchOutcome) async -> Void
    ) async {
        let scheduler = HostScheduler(requests, perHost: settings.perHost)
        let workers = min(max(1, settings.concurrency), requests.count)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    while let request = await scheduler.next() {
                        let outcome = await self.fetch(request)
                        await scheduler.finished(request)
                        await onEach(request, outcome)
                    }
                }
            }
        }
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
