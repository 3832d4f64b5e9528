/// Exit codes of the `briefing` command (sysexits-style where one fits).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// Generic failure (a parse failure of `briefing parse`, an unexpected error).
    case failure = 1
    /// Every feed failed (likely no network).
    case allFeedsFailed = 3
    /// Another run holds the lock.
    case lockHeld = 4
    /// Bad command-line usage.
    case usage = 64
    /// feeds.yaml (or another input file) is invalid.
    case invalidConfig = 65
    /// feeds.yaml (or another input file) does not exist.
    case missingInput = 66
    /// The store could not be opened, migrated or written.
    case storeError = 70
    /// The draft could not be written.
    case draftNotWritable = 73
}

/// An error with a stable code, a message that names the file/line/URL and says what to do,
/// and an optional cause. Every stage throws errors that conform.
public protocol BriefingError: Error, CustomStringConvertible, Sendable {
    /// The exit status the command ends with when this error ends a run.
    var exitStatus: ExitStatus { get }
    /// One line for the user: what went wrong, where, and what to do.
    var message: String { get }
}

extension BriefingError {
    public var description: String { message }
}
