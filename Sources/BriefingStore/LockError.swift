import BriefingModel

/// The run lock could not be taken: another run holds it, or the lock file cannot be opened.
public struct LockError: BriefingError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Another process holds the lock.
        case held(LockHolder)
        /// The lock file cannot be opened or created (what the system said).
        case cannotOpen(String)
    }

    /// The lock file, `<store>.lock`.
    public let lockPath: String
    public let reason: Reason

    public init(lockPath: String, reason: Reason) {
        self.lockPath = lockPath
        self.reason = reason
    }

    public var exitStatus: ExitStatus {
        switch reason {
        case .held: .lockHeld
        case .cannotOpen: .storeError
        }
    }

    public var message: String {
        switch reason {
        case .held(let holder):
            "\(lockPath): another briefing is running (\(holder.description)); wait for it to finish and run again"
        case .cannotOpen(let detail):
            "\(lockPath): cannot open the run lock (\(detail)); check that the store's folder exists and is writable"
        }
    }
}
