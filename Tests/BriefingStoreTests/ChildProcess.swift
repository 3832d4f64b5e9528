import Foundation
import Testing

/// Runs a copy of this test binary as a second, real process that executes one child-role test
/// (see `ChildRoleTests`), so lock contention and crashes are tested across processes.
enum ChildProcess {
    static let roleVariable = "BRIEFING_STORE_TEST_CHILD_ROLE"
    static let pathVariable = "BRIEFING_STORE_TEST_CHILD_PATH"
    static let roundVariable = "BRIEFING_STORE_TEST_CHILD_ROUND"

    /// The role this process was started for; nil in a normal test run.
    static var role: String? { ProcessInfo.processInfo.environment[roleVariable] }
    static var path: String { ProcessInfo.processInfo.environment[pathVariable] ?? "" }
    static var round: Int { Int(ProcessInfo.processInfo.environment[roundVariable] ?? "") ?? 0 }

    /// Copies of the binary can only be started where it can find itself (Linux `/proc`).
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: "/proc/self/exe") }

    /// Starts the test named `test` in a new process with `role`, `path` and `round` in its environment.
    static func start(test: String, role: String, path: String, round: Int = 0) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--testing-library", "swift-testing", "--filter", test]
        var environment = ProcessInfo.processInfo.environment
        environment[roleVariable] = role
        environment[pathVariable] = path
        environment[roundVariable] = String(round)
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits (at most a minute) until `read` returns a value, or fails if `process` ended first.
    static func waitFor<T>(_ process: Process, _ what: String, _ read: () -> T?) throws -> T {
        for _ in 0..<3000 {
            if let value = read() { return value }
            try #require(process.isRunning, "the child process ended before \(what)")
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw ChildTimeout(what: what)
    }

    /// Kills `process` with SIGKILL and waits for it to end.
    static func kill9(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The whole content of a small text file, or nil when it does not exist (yet).
    static func text(at path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Replaces the content of `path` atomically (write, then rename).
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

struct ChildTimeout: Error, CustomStringConvertible {
    var what: String
    var description: String { "the child process did not reach \(what) within a minute" }
}
