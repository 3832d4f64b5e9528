import Foundation
import Testing

/// Issue 11, point 9: `briefing` copied alone to another folder works (its training data is compiled in).
struct SelfContainedBinaryTests {
    @Test func copiedBinaryClassifiesWithoutItsBuildFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("briefing")
        try FileManager.default.copyItem(at: Fixture.productsDirectory.appendingPathComponent("briefing"), to: binary)
        let input = folder.appendingPathComponent("entries.jsonl")
        try #"{"title": "etcd v3.6.0", "source": "etcd", "feed_kind": "project"}"#.write(
            to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["classify", "--input", input.path, "--json"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.hasPrefix(#"{"section": "releases", "confidence": 0.9, "candidate": true, "score": "#))
    }
}
