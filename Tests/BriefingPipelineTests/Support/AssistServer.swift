import Foundation
import Testing

/// The stand-in chat-completions server of Fixtures/assist_server.py on 127.0.0.1, stopped on
/// deinit; every request it received is in `requests()`.
final class AssistServer {
    let port: Int
    private let log: URL
    private let process: Process

    init(in folder: URL, slowSeconds: Double = 3) throws {
        log = folder.appendingPathComponent("assist-requests.jsonl")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", try Fixture.url("assist_server.py").path, log.path, "--slow", "\(slowSeconds)", "--lifetime",
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
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `http://127.0.0.1:PORT/MODE/v1`: the server behaves as `mode` says (see the script).
    func baseURL(_ mode: String) -> String { "http://127.0.0.1:\(port)/\(mode)/v1" }

    /// The requests received so far, oldest first.
    func requests() throws -> [[String: Any]] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
