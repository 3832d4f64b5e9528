import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

/// `kill -9` of a process writing to the store: a copy of this test binary stores batches of
/// entries in a loop and is killed mid-write; the store must pass the integrity check, keep
/// everything committed before, hold only whole batches, and take the next run's writes.
@Suite(.enabled(if: ChildProcess.isAvailable && ChildProcess.role == nil))
struct CrashTests {
    @Test func killedWriterLeavesAnIntactStoreTheNextRunCompletesFrom() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/briefing.sqlite"
        let baseline = try storeBaseline(at: path)
        for round in 0..<3 {
            try killWriterMidWrite(path: path, round: round)
            let store = try Store(path: path)
            #expect(try store.integrityCheck())
            #expect(try store.entries(feed: "base") == baseline)
            let loopEntries = try store.entries(feed: "loop")
            // One transaction per fetch: a batch is stored whole or not at all.
            #expect(loopEntries.count % ChildRoleTests.batchSize == 0)
            #expect(loopEntries.count >= (round + 1) * ChildRoleTests.batchSize)
        }
        let store = try Store(path: path)
        let health = FeedHealth(url: "https://example.com/loop.xml")
        let repeated = try store.storeFetchedEntries(
            ChildRoleTests.batch(0, round: 0), forFeed: "loop", health: health, at: Date())
        #expect(repeated.unchanged == ChildRoleTests.batchSize)
        let next = try store.storeFetchedEntries(
            ChildRoleTests.batch(0, round: 99), forFeed: "loop", health: health, at: Date())
        #expect(next.inserted == ChildRoleTests.batchSize)
        #expect(try store.integrityCheck())
    }

    private func storeBaseline(at path: String) throws -> [Entry] {
        let store = try Store(path: path)
        let drafts = (0..<20).map { TestSupport.draft("base-\($0)", published: Date(timeIntervalSince1970: 1e9)) }
        let health = FeedHealth(url: "https://example.com/base.xml", etag: "\"base\"")
        _ = try store.storeFetchedEntries(drafts, forFeed: "base", health: health, at: Date())
        return try store.entries(feed: "base")
    }

    /// Starts a writer, waits until it has committed a few batches, and kills it at a varying moment.
    private func killWriterMidWrite(path: String, round: Int) throws {
        let progress = path + ".progress"
        try? FileManager.default.removeItem(atPath: progress)
        let child = try ChildProcess.start(test: "childWritesUntilKilled", role: "write-loop", path: path, round: round)
        defer { if child.isRunning { ChildProcess.kill9(child) } }
        _ = try ChildProcess.waitFor(child, "three committed batches") {
            ChildProcess.text(at: progress).flatMap { Int($0) }.flatMap { $0 >= 3 ? $0 : nil }
        }
        Thread.sleep(forTimeInterval: Double.random(in: 0...0.05))
        ChildProcess.kill9(child)
        #expect(child.terminationReason == .uncaughtSignal)
    }
}
