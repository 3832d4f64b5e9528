import Foundation

/// The run lock: at most one `briefing run`/`fetch` per store at a time.
///
/// An advisory `flock` on `<store>.lock`. The kernel drops the lock when its holder exits, however
/// it exits (even `kill -9`), so a dead run never blocks the next one; its stale text in the file
/// is simply overwritten. The file is never deleted: deleting a lock file lets two processes lock
/// two different files of the same name.
public final class RunLock: @unchecked Sendable {
    /// The lock file, `<store>.lock`.
    public let path: String
    // Guarded by `mutex`; -1 once released.
    private var descriptor: Int32
    private let mutex = NSLock()

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock beside the store at `storePath`, or throws at once naming the holder.
    /// `command` (e.g. `run`) is written into the file with this process's id and start time.
    public static func acquire(beside storePath: String, command: String) throws(LockError) -> RunLock {
        let path = storePath + ".lock"
        // O_CLOEXEC: a child process (e.g. a spawned tool) must not inherit and keep the lock.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LockError(lockPath: path, reason: .cannotOpen(String(cString: strerror(errno))))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            let holder = LockHolder(lockFileText: readAll(descriptor))
            close(descriptor)
            if failure == EWOULDBLOCK { throw LockError(lockPath: path, reason: .held(holder)) }
            throw LockError(lockPath: path, reason: .cannotOpen(String(cString: strerror(failure))))
        }
        let holder = LockHolder(pid: getpid(), startedAt: now(), command: command)
        replaceContents(of: descriptor, with: holder.lockFileText)
        return RunLock(path: path, descriptor: descriptor)
    }

    /// Releases the lock (also done when the object goes away); calling it again does nothing.
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        replaceContents(of: descriptor, with: "")
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    private static func readAll(_ descriptor: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        return String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
    }
}

/// Writes `text` as the whole content of the open file (best effort: the text is informational).
private func replaceContents(of descriptor: Int32, with text: String) {
    _ = ftruncate(descriptor, 0)
    var bytes = Array(text.utf8)
    _ = pwrite(descriptor, &bytes, bytes.count, 0)
}
