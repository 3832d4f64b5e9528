import BriefingModel
import GRDB

/// The store could not be opened, migrated, read or written; the message names the database file.
public struct StoreError: BriefingError, Equatable {
    /// What went wrong, as far as the user can act on it.
    public enum Reason: String, Sendable, Equatable {
        /// Another process holds a write lock on the database for longer than the busy timeout.
        case locked
        /// The file is damaged or is not an SQLite database.
        case corrupt
        /// The file or its folder cannot be opened or created.
        case cannotOpen
        /// The file or its folder is read-only.
        case readOnly
        /// The disk is full.
        case diskFull
        /// The database was migrated by a newer version of briefing.
        case newerSchema
        /// Anything else SQLite or the store reported.
        case other
    }

    /// The database path as the user gave it.
    public let path: String
    /// What the store was doing, e.g. `storing entries of etcd`.
    public let action: String
    public let reason: Reason
    /// What SQLite (or the decoder) said, for diagnostics.
    public let detail: String

    public init(path: String, action: String, reason: Reason, detail: String) {
        self.path = path
        self.action = action
        self.reason = reason
        self.detail = detail
    }

    /// Wraps an error thrown while the store was doing `action`.
    init(path: String, action: String, error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            self.init(path: path, action: action, reason: Self.reason(of: error), detail: Self.detail(of: error))
        } else {
            self.init(path: path, action: action, reason: .other, detail: String(describing: error))
        }
    }

    public var exitStatus: ExitStatus { .storeError }

    public var message: String {
        "\(path): \(action) failed: \(summary) (\(detail)); \(advice)"
    }

    private var summary: String {
        switch reason {
        case .locked: "database is locked"
        case .corrupt: "database is corrupt or not a database"
        case .cannotOpen: "cannot open the database"
        case .readOnly: "database is read-only"
        case .diskFull: "disk is full"
        case .newerSchema: "database was written by a newer briefing"
        case .other: "database error"
        }
    }

    private var advice: String {
        switch reason {
        case .locked: "another process is writing to it; wait for it to finish and run again"
        case .corrupt:
            "move it aside (e.g. rename it to \(path).bad) and run again to start a fresh store, or restore a backup"
        case .cannotOpen: "check that its folder exists and that you may write there"
        case .readOnly: "check the permissions of the file and its folder"
        case .diskFull: "free some disk space and run again"
        case .newerSchema: "upgrade briefing, or point --store at another file"
        case .other: "check the file with `sqlite3 \(path) 'PRAGMA integrity_check'` and run again"
        }
    }

    private static func reason(of error: DatabaseError) -> Reason {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .locked
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: .corrupt
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: .cannotOpen
        case .SQLITE_READONLY: .readOnly
        case .SQLITE_FULL: .diskFull
        default: .other
        }
    }

    private static func detail(of error: DatabaseError) -> String {
        "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "no message")"
    }
}
