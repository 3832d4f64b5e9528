import Foundation

/// Hands out requests in order, skipping (for now) any whose host already has `perHost` requests in
/// flight, so one slow host never holds every worker.
///
/// A request that failed transiently may be handed out once more: only after every first attempt
/// has been handed out (late in the run), no earlier than its `notBefore`, and within its host's
/// `perHost` limit like any other request.
actor HostScheduler {
    private struct Retry {
        var request: FetchRequest
        var notBefore: ContinuousClock.Instant
    }

    private var pending: [FetchRequest]
    private var retries: [Retry] = []
    private var retried: Set<FetchRequest> = []
    private var inFlight: [String: Int] = [:]
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let perHost: Int

    init(_ requests: [FetchRequest], perHost: Int) {
        pending = requests
        self.perHost = max(1, perHost)
    }

    /// The next request whose host has room (first attempts before retries, retries once due),
    /// waiting while every one left is blocked by its host or its time; nil when none is left.
    func next() async -> FetchRequest? {
        while !pending.isEmpty || !retries.isEmpty {
            if let index = pending.firstIndex(where: { hasRoom($0) }) {
                return handOut(pending.remove(at: index))
            }
            let now = ContinuousClock.now
            if pending.isEmpty, let index = retries.firstIndex(where: { $0.notBefore <= now && hasRoom($0.request) }) {
                return handOut(retries.remove(at: index).request)
            }
            if pending.isEmpty, let soonest = retries.map(\.notBefore).filter({ $0 > now }).min() {
                // Nothing may finish before the retry is due, so a timer wakes the waiters too.
                Task {
                    try? await Task.sleep(until: soonest)
                    await self.wakeWaiters()
                }
            }
            await withCheckedContinuation { waiters.append($0) }
        }
        return nil
    }

    /// Frees the host slot `request` held and wakes the workers waiting for one.
    func finished(_ request: FetchRequest) {
        inFlight[Self.hostKey(request.url), default: 1] -= 1
        wakeWaiters()
    }

    /// Queues `request` for one more attempt no earlier than `delay` from now; false when it was
    /// already retried once (its failure then stands).
    func retryLater(_ request: FetchRequest, after delay: Duration) -> Bool {
        guard retried.insert(request).inserted else { return false }
        retries.append(Retry(request: request, notBefore: .now + delay))
        wakeWaiters()
        return true
    }

    /// The politeness key: the host name, lower-cased (every file URL shares one key).
    static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return (components.host ?? components.scheme ?? url).lowercased()
    }

    private func hasRoom(_ request: FetchRequest) -> Bool {
        inFlight[Self.hostKey(request.url), default: 0] < perHost
    }

    private func handOut(_ request: FetchRequest) -> FetchRequest {
        inFlight[Self.hostKey(request.url), default: 0] += 1
        return request
    }

    private func wakeWaiters() {
        let woken = waiters
        waiters = []
        for waiter in woken { waiter.resume() }
    }
}
