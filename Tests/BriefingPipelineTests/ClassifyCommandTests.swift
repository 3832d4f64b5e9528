import Foundation
import Testing

/// `briefing classify --input --json` and `briefing eval --cross-validate`, with the built binary.
struct ClassifyCommandTests {
    private func run(_ arguments: [String], files: [String: String]) throws -> (status: Int32, stdout: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = Fixture.productsDirectory.appendingPathComponent("briefing")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout)
    }

    @Test func classifyJSONSaysWhetherAnEntryIsACandidateAndItsScore() throws {
        let input = """
            {"title": "v3.6.1", "source": "etcd", "feed_kind": "project"}
            {"title": "We're hiring: senior platform engineer", "source": "jobs.example.org"}
            """
        let result = try run(["classify", "--input", "in.jsonl", "--json"], files: ["in.jsonl": input])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["section", "confidence", "candidate", "score", "why"])
            #expect(object["candidate"] as? Bool == false)
            #expect(object["score"] is Double)
        }
        #expect(lines[0].contains("not a candidate under releases: minor (v3.6.1)"))
        #expect(lines[1].contains("not a candidate: cue S0 job post (hiring)"))
    }

    @Test func evalCrossValidatesTheGivenItemsAndNeedsTwoFolds() throws {
        let labeled = """
            {"title": "Zorbit 2.0 released", "feed_kind": "project", "section": "releases", "confidence": "clear"}
            {"title": "How we run Zorbit on 400 Kubernetes clusters", "section": "discussion", "confidence": "clear"}
            {"title": "v2.0.1", "feed_kind": "project", "section": "drop", "confidence": "clear"}
            """
        let result = try run(["eval", "--cross-validate", "3", "--input", "dev.jsonl"], files: ["dev.jsonl": labeled])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("cross-validated, 3 stratified folds"))
        #expect(result.stdout.contains("section accuracy, clear items: "))
        #expect(result.stdout.contains("section-0 items not candidates: "))
        #expect(result.stdout.contains("calibration (section right, by confidence)"))
        #expect(result.stdout.contains("(1/1)") || result.stdout.contains("(0/1)"))
        let bad = try run(["eval", "--cross-validate", "1", "--input", "dev.jsonl"], files: ["dev.jsonl": labeled])
        #expect(bad.status == 64)
    }
}
