import Foundation
import Testing

/// `briefing serve` as cron-free editors start it: the token rule, the start line, quiet logs.
@Suite(.serialized) struct ServeCommandTests {
    @Test func offLoopbackWithoutATokenItRefusesToStart() throws {
        let demo = try DemoMonth()
        let serve = try demo.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(serve.status == 64)
        #expect(
            serve.stderr.hasPrefix(
                "briefing: serving on 0.0.0.0 lets anyone on that network change the month: set serve.token in feeds.yaml or pass --token"
            ))
    }

    @Test func onLoopbackItPrintsTheURLToOpenAndLogsNothingWithoutVerbose() throws {
        let demo = try DemoMonth()
        let process = Process()
        process.executableURL = Fixture.productsDirectory.appendingPathComponent("briefing")
        process.arguments = ["serve", "--config", "demo.yaml", "--port", "0"]
        process.currentDirectoryURL = demo.sandbox.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let lines = OutputLines()
        out.fileHandleForReading.readabilityHandler = { handle in lines.append(handle.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Bounded: the start line comes within a second or two.
        #expect(lines.firstLine.wait(timeout: .now() + 60) == .success)
        let line = lines.text
        #expect(line.hasPrefix("briefing serve: open http://127.0.0.1:"))
        let url = String(line.split(separator: " ")[3]) + "month/2025-05"
        let fetch = Process()
        fetch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fetch.arguments = [
            "python3", "-c",
            "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=30).read().decode())",
            url,
        ]
        let page = Pipe()
        fetch.standardOutput = page
        try fetch.run()
        let body = String(decoding: page.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        fetch.waitUntilExit()
        #expect(body.contains("<h1>Issue 2025-05</h1>"))
        process.terminate()
        process.waitUntilExit()
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "")
    }
}

/// What a child process printed, collected off its pipe; `firstLine` is signalled at the first newline.
private final class OutputLines: @unchecked Sendable {
    let firstLine = DispatchSemaphore(value: 0)
    // Guards `data` and `signalled`: the pipe's handler runs on its own queue.
    private let lock = NSLock()
    private var data = Data()
    private var signalled = false

    func append(_ chunk: Data) {
        lock.withLock {
            data.append(chunk)
            if !signalled && data.contains(UInt8(ascii: "\n")) {
                signalled = true
                firstLine.signal()
            }
        }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
