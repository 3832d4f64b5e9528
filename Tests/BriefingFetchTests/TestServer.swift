import Foundation
import Testing

/// The fixture HTTP server (Fixtures/feed_server.py) on 127.0.0.1, one per test, always terminated.
final class TestServer: Sendable {
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    private let process: Process

    private init(port: Int, process: Process) {
        self.port = port
        self.process = process
    }

    /// Runs `body` with a fresh server and stops the server afterwards, also when `body` throws.
    static func with<T>(_ body: (TestServer) async throws -> T) async throws -> T {
        let server = try start()
        defer { server.stop() }
        return try await body(server)
    }

    /// The absolute URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    private static func start() throws -> TestServer {
        guard let script = Bundle.module.url(forResource: "feed_server", withExtension: "py", subdirectory: "Fixtures")
        else { throw StartFailure(description: "Fixtures/feed_server.py is missing from the test bundle") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The server exits by itself after two minutes or when this process dies.
        process.arguments = ["python3", script.path, "--lifetime", "120"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        guard let port = readPort(output.fileHandleForReading) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw StartFailure(description: "feed_server.py did not print its port")
        }
        return TestServer(port: port, process: process)
    }

    private static func readPort(_ handle: FileHandle) -> Int? {
        var line = Data()
        while line.last != UInt8(ascii: "\n") {
            guard let byte = try? handle.read(upToCount: 1), !byte.isEmpty else { return nil }
            line.append(byte)
        }
        return Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func stop() {
        // SIGKILL: the child inherits this process's blocked-signal mask, in which SIGTERM may be blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
