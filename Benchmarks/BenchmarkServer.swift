import Foundation

/// The fetch tests' fixture server (Tests/BriefingFetchTests/Fixtures/feed_server.py) run for a benchmark.
final class BenchmarkServer {
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    private let process: Process
    let port: Int

    private init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts the server found next to this source file (benchmarks run from a checkout).
    static func start() throws -> BenchmarkServer {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/BriefingFetchTests/Fixtures/feed_server.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--lifetime", "600"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while line.last != UInt8(ascii: "\n") {
            guard let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty else {
                throw StartFailure(description: "\(script.path) did not start (is python3 installed?)")
            }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw StartFailure(description: "\(script.path) printed no port") }
        return BenchmarkServer(process: process, port: port)
    }

    func stop() {
        // SIGKILL: a child may inherit a mask in which SIGTERM is blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
