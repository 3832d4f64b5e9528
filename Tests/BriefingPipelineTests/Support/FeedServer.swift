import Foundation
import Testing

/// The Python feed server of Fixtures/feedserver.py, on 127.0.0.1, stopped on deinit.
final class FeedServer {
    let port: Int
    private let process: Process

    init(root: URL, slowSeconds: Double = 5) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", try Fixture.url("feedserver.py").path, root.path, "--slow", "\(slowSeconds)", "--lifetime",
            "120",
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        port = try #require(Int(String(decoding: line, as: UTF8.self)))
    }

    deinit {
        // SIGKILL: the test process blocks SIGTERM, and its children inherit that mask.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
