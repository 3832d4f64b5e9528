import Foundation
import Testing

/// The offline demo's draft reads as a draft, not as raw feeds: every check here failed on the
/// demo before the text was cleaned.
struct DemoDraftTextTests {
    @Test func theDemoDraftHasNoEmptyHeadingsBylinesBoilerplateOrTracking() throws {
        let draft = try DemoMonth().draft()
        let lines = draft.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.hasPrefix("#### ") {
            let next = lines.dropFirst(index + 1).first { !$0.isEmpty }
            #expect(next.map { !$0.hasPrefix("#") } ?? false, "empty heading \(line)")
        }
        #expect(!draft.contains("> SIG "), "a Kubernetes blog byline")
        #expect(!draft.contains("submitted by") && !draft.contains("[comments]") && !draft.contains("[image]"))
        #expect(!draft.contains("utm_"))
        #expect(!draft.contains("What's new Gateway"), "a heading ran into the text")
        #expect(!draft.contains("\\[CHANGE\\]"), "brackets that render as themselves are not escaped")
    }
}
