import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

struct JSONLinesReaderTests {
    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("classify-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsInputsAndIgnoresExtraKeysAndBlankLines() throws {
        let path = try write(
            """
            {"title": "Istio 1.26 released", "summary": "", "url": "https://istio.io/x", "source": "istio", \
            "feed_kind": "project", "extra": 1}

            {"title": "Only a title", "feed_kind": "blog", "summary": null}
            """)
        let inputs = try JSONLinesReader.inputs(path: path)
        #expect(inputs.count == 2)
        #expect(inputs[0].feedKind == .project)
        #expect(inputs[0].host == "istio.io")
        #expect(inputs[1].source == "")
        #expect(inputs[1].feedKind == .news)
    }

    @Test func badLineNamesFileAndLine() throws {
        let path = try write("{\"title\": \"ok\"}\n{\"summary\": \"no title\"}\n")
        #expect(throws: ClassifyInputError(path: path, line: 2, reason: "missing \"title\"")) {
            try JSONLinesReader.inputs(path: path)
        }
        let error = ClassifyInputError(path: "in.jsonl", line: 2, reason: "missing \"title\"")
        #expect(error.message.hasPrefix("in.jsonl:2: missing \"title\""))
        #expect(error.exitStatus == .invalidConfig)
    }

    @Test func labeledLinesNeedAKnownSection() throws {
        let path = try write("{\"title\": \"a\", \"section\": \"news\"}\n{\"title\": \"b\", \"section\": \"drop\"}\n")
        let examples = try JSONLinesReader.labeledExamples(path: path)
        #expect(examples.map(\.section) == [.news, nil])
        let bad = try write("{\"title\": \"a\", \"section\": \"gossip\"}\n")
        #expect(throws: ClassifyInputError.self) { try JSONLinesReader.labeledExamples(path: bad) }
    }
}
