import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

/// The code the child processes of `RunLockProcessTests` and `CrashTests` run. Each test runs
/// only in a child started with its role, and is skipped in a normal test run.
@Suite struct ChildRoleTests {
    static let holderCommand = "child-holder"
    static let batchSize = 50

    /// Holds the run lock beside `path`, reports `<path>.ready`, and waits to be killed (at most a minute).
    @Test(.enabled(if: ChildProcess.role == "hold-lock"))
    func childHoldsRunLock() throws {
        let lock = try RunLock.acquire(beside: ChildProcess.path, command: Self.holderCommand)
        try ChildProcess.write("ready", to: ChildProcess.path + ".ready")
        Thread.sleep(forTimeInterval: 60)
        lock.release()
    }

    /// Stores batches of entries into the store at `path` forever (at most a minute), writing the
    /// number of committed batches to `<path>.progress` after each commit, until killed.
    @Test(.enabled(if: ChildProcess.role == "write-loop"))
    func childWritesUntilKilled() throws {
        let store = try Store(path: ChildProcess.path)
        let start = Date()
        var batch = 0
        while Date().timeIntervalSince(start) < 60 {
            let drafts = Self.batch(batch, round: ChildProcess.round)
            let health = FeedHealth(url: "https://example.com/loop.xml", etag: "\"\(batch)\"")
            _ = try store.storeFetchedEntries(drafts, forFeed: "loop", health: health, at: Date())
            batch += 1
            try ChildProcess.write(String(batch), to: ChildProcess.path + ".progress")
        }
    }

    /// The drafts of batch `batch` of round `round`; each entry carries a large content so a
    /// transaction spans several pages and a kill is likely to land mid-write.
    static func batch(_ batch: Int, round: Int) -> [EntryDraft] {
        (0..<batchSize).map { index in
            TestSupport.draft(
                "r\(round)-b\(batch)-e\(index)", content: String(repeating: "content \(index) ", count: 200))
        }
    }
}
