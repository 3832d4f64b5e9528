import Foundation
import Testing

/// The Python feed server of Fixtures/feedserver.py, on 127.0.0.1, stopped on deinit.
final class FeedServer {
    let port: Int
    private let process: Process

    init(root: URL, slowSeconds: Double = 5) throws {
        (process, port) = try PythonServer.launch(
            "feedserver.py", [root.path, "--slow", "\(slowSeconds)", "--lifetime", "120"])
    }

    deinit {
        // SIGKILL: the test process blocks SIGTERM, and its children inherit that mask.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
