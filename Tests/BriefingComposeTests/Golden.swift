import Foundation
import Testing

/// Compares output with a golden file in Fixtures/. With `BRIEFING_RECORD_GOLDENS=1` it rewrites
/// the golden in the source tree instead and fails, so a recording never passes silently.
enum Golden {
    static func check(_ actual: String, named name: String, sourceFile: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDENS"] == "1" {
            let folder = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent("Fixtures")
            try actual.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            Issue.record("recorded golden Fixtures/\(name); run again without BRIEFING_RECORD_GOLDENS")
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "golden Fixtures/\(name) is missing: record it with BRIEFING_RECORD_GOLDENS=1")
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from Fixtures/\(name)")
    }
}
