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
        (process, port) = try PythonServer.launch(
            "assist_server.py", [log.path, "--slow", "\(slowSeconds)", "--lifetime", "120"])
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
