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
    } catch let error as BriefingError {
        printError("briefing: \(error.message)")
        throw ExitCode(error.exitStatus.rawValue)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("briefing: \(error)")
        throw ExitCode(ExitStatus.failure.rawValue)
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
