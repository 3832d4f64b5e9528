import BriefingModel
import Foundation
import Testing

@testable import BriefingStore

@Suite struct RunLockTests {
    @Test func writesTheHolderIntoTheLockFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = folder + "/briefing.sqlite"
        let lock = try RunLock.acquire(beside: store, command: "run")
        #expect(lock.path == store + ".lock")
        let holder = LockHolder(lockFileText: try #require(ChildProcess.text(at: lock.path)))
        #expect(holder.pid == getpid())
        #expect(holder.command == "run")
        let started = try #require(holder.startedAt)
        #expect(ISO8601DateFormatter().date(from: started) != nil)
        lock.release()
    }

    @Test func secondAcquireFailsNamingTheHolderUntilReleased() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = folder + "/briefing.sqlite"
        let first = try RunLock.acquire(beside: store, command: "run")
        let error = try #require(throws: LockError.self) { try RunLock.acquire(beside: store, command: "fetch") }
        guard case .held(let holder) = error.reason else {
            Issue.record("expected .held, got \(error.reason)")
            return
        }
        #expect(error.exitStatus == .lockHeld)
        #expect(holder.pid == getpid() && holder.command == "run")
        #expect(
            error.message
                == "\(store).lock: another briefing is running (pid \(getpid()), started \(holder.startedAt ?? "?"), "
                + "command run); wait for it to finish and run again")
        first.release()
        first.release()
        let second = try RunLock.acquire(beside: store, command: "fetch")
        second.release()
    }

    @Test func droppingTheLockReleasesIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = folder + "/briefing.sqlite"
        do {
            _ = try RunLock.acquire(beside: store, command: "run")
        }
        let again = try RunLock.acquire(beside: store, command: "run")
        again.release()
    }

    @Test func staleTextOfADeadHolderDoesNotBlock() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = folder + "/briefing.sqlite"
        try ChildProcess.write("pid=999999\nstarted=2020-01-01T00:00:00Z\ncommand=run\n", to: store + ".lock")
        let lock = try RunLock.acquire(beside: store, command: "fetch")
        let holder = LockHolder(lockFileText: try #require(ChildProcess.text(at: lock.path)))
        #expect(holder.pid == getpid() && holder.command == "fetch")
        lock.release()
    }

    @Test func unopenableLockFileIsAStoreError() throws {
        let error = try #require(throws: LockError.self) {
            try RunLock.acquire(beside: "/nonexistent-folder/briefing.sqlite", command: "run")
        }
        #expect(error.exitStatus == .storeError)
        #expect(
            error.message
                == "/nonexistent-folder/briefing.sqlite.lock: cannot open the run lock (No such file or directory); "
                + "check that the store's folder exists and is writable")
    }

    @Test func holderTextWithoutFieldsSaysSo() {
        #expect(LockHolder(lockFileText: "").description == "holder not recorded yet")
        #expect(LockHolder(lockFileText: "pid=12\n").description == "pid 12")
    }
}

/// Lock contention between two real processes: a copy of this test binary holds the lock.
@Suite(.enabled(if: ChildProcess.isAvailable && ChildProcess.role == nil))
struct RunLockProcessTests {
    @Test func anotherProcessHoldingTheLockIsNamedAndItsDeathFreesTheLock() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let store = folder + "/briefing.sqlite"
        let child = try ChildProcess.start(test: "childHoldsRunLock", role: "hold-lock", path: store)
        defer { if child.isRunning { ChildProcess.kill9(child) } }
        _ = try ChildProcess.waitFor(child, "holding the lock") { ChildProcess.text(at: store + ".ready") }

        let error = try #require(throws: LockError.self) { try RunLock.acquire(beside: store, command: "run") }
        guard case .held(let holder) = error.reason else {
            Issue.record("expected .held, got \(error.reason)")
            return
        }
        #expect(holder.pid == child.processIdentifier)
        #expect(holder.command == ChildRoleTests.holderCommand)
        #expect(error.exitStatus == .lockHeld)
        #expect(error.message.contains("(pid \(child.processIdentifier), started "))
        #expect(error.message.hasPrefix("\(store).lock: another briefing is running"))

        ChildProcess.kill9(child)
        let lock = try RunLock.acquire(beside: store, command: "run")
        #expect(LockHolder(lockFileText: ChildProcess.text(at: lock.path) ?? "").pid == getpid())
        lock.release()
    }
}
