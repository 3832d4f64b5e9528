import Foundation

/// Hands out requests in order, skipping (for now) any whose host already has `perHost` requests in
/// flight, so one slow host never holds every worker.
actor HostScheduler {
    private var pending: [FetchRequest]
    private var inFlight: [String: Int] = [:]
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let perHost: Int

    init(_ requests: [FetchRequest], perHost: Int) {
        pending = requests
        self.perHost = max(1, perHost)
    }

    /// The next request whose host has room, waiting while every pending one is blocked by its host;
    /// nil when none is left.
    func next() async -> FetchRequest? {
        while !pending.isEmpty {
            if let index = pending.firstIndex(where: { inFlight[Self.hostKey($0.url), default: 0] < perHost }) {
                let request = pending.remove(at: index)
                inFlight[Self.hostKey(request.url), default: 0] += 1
                return request
            }
            await withCheckedContinuation { waiters.append($0) }
        }
        return nil
    }

    /// Frees the host slot `request` held and wakes the workers waiting for one.
    func finished(_ request: FetchRequest) {
        inFlight[Self.hostKey(request.url), default: 1] -= 1
        let woken = waiters
        waiters = []
        for waiter in woken { waiter.resume() }
    }

    /// The politeness key: the host name, lower-cased (every file URL shares one key).
    static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return (components.host ?? components.scheme ?? url).lowercased()
    }
}
