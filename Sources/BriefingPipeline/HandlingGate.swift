/// Lets fetched documents be parsed and stored while the fetch workers go on, with at most `limit`
/// documents waiting or in hand, so memory stays bounded when storing is slower than fetching.
actor HandlingGate {
    private let limit: Int
    private var inHand = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var tasks: [Task<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Starts `work` once fewer than `limit` documents are in hand; waits before that.
    func start(_ work: @escaping @Sendable () async -> Void) async {
        if inHand >= limit {
            await withCheckedContinuation { waiting.append($0) }
        }
        inHand += 1
        tasks.append(
            Task {
                await work()
                self.finished()
            })
    }

    /// Waits for every started piece of work.
    func drain() async {
        while let task = tasks.popLast() { await task.value }
    }

    private func finished() {
        inHand -= 1
        if !waiting.isEmpty { waiting.removeFirst().resume() }
    }
}
