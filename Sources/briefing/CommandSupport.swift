import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// Writes one line to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a command body, turning a `BriefingError` into its message on stderr and its exit code,
/// and any other error into one line and exit 1 — never a stack trace.
func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        throw reported(error)
    }
}

/// `reportingErrors` for a command that never suspends: a `ParsableCommand`, which runs on the
/// main thread without starting the concurrency runtime's worker threads (see `Briefing.main`).
func reportingErrorsSynchronously<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw reported(error)
    }
}

/// Prints `error` as one line on stderr (an `ExitCode` has been reported already) and returns
/// the exit code it stands for.
private func reported(_ error: Error) -> ExitCode {
    switch error {
    case let error as BriefingError:
        printError("briefing: \(error.message)")
        return ExitCode(error.exitStatus.rawValue)
    case let error as ExitCode:
        return error
    default:
        printError("briefing: \(error)")
        return ExitCode(ExitStatus.failure.rawValue)
    }
}

extension GlobalOptions {
    /// Opens the configuration and the store these options name.
    func workspace() throws -> Workspace {
        try Workspace.open(configPath: config, storePath: store)
    }
}

/// Reads `--month YYYY-MM`.
struct MonthArgument: ExpressibleByArgument {
    var month: Month

    init?(argument: String) {
        guard let month = Month(argument) else { return nil }
        self.month = month
    }
}

/// Formats instants for JSON output (ISO 8601, UTC).
enum JSONDate {
    static func string(_ date: Date?) -> Any {
        guard let date else { return NSNull() }
        return date.formatted(.iso8601)
    }
}

/// Prints a JSON value with sorted keys, so output is deterministic.
func printJSON(_ value: Any) throws {
    let data = try JSONSerialization.data(
        withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// True when stderr is a terminal (a person watching, not cron).
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
