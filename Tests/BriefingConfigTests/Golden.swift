import Foundation
import Testing

/// Compares text with a golden file in `Fixtures/`; `RECORD_GOLDENS=1` rewrites the golden in the
/// source tree and fails the test, so a recording is never mistaken for a pass.
enum Golden {
    static func check(_ actual: String, against name: String, filePath: String = #filePath) throws {
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
            try actual.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            Issue.record("recorded golden \(name); run again without RECORD_GOLDENS")
            return
        }
        #expect(actual == (try Fixture.text(name)))
    }
}
