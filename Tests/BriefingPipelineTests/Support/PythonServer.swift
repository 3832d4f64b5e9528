import Foundation
import Testing

/// Starts a Python test server of Fixtures/ that prints its port on its first line of stdout.
enum PythonServer {
    static func launch(_ script: String, _ arguments: [String]) throws -> (process: Process, port: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", try Fixture.url(script).path] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        return (process, try #require(Int(String(decoding: line, as: UTF8.self))))
    }
}
