import BriefingModel
import Foundation
import Testing

@testable import BriefingClassify

struct TrainingSetTests {
    /// The repository's `Training/` folder, found from this file's path (tests run from a checkout).
    private var trainingFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Training")
    }

    @Test func everyCompiledFileDecodesWithoutABundle() throws {
        #expect(ShippedExamples.files.map(\.name) == ["training.jsonl", "classify-dev.jsonl", "noise-dev.jsonl"])
        var total = 0
        for file in ShippedExamples.files {
            total += try JSONLinesReader.labeledExamples(text: file.text, path: file.name).count
        }
        #expect(total == TrainingSet.shipped.count)
        #expect(TrainingSet.shipped.count >= 800)
        #expect(TrainingSet.shipped.contains { $0.section == nil })
        #expect(TrainingSet.shipped.contains { $0.isBorderline })
    }

    @Test func generatedSourceMatchesTrainingFiles() throws {
        for file in ShippedExamples.files {
            let onDisk = try String(contentsOf: trainingFolder.appendingPathComponent(file.name), encoding: .utf8)
            // The raw string keeps no final newline; run scripts/generate-training-set.py after editing Training/.
            #expect(file.text + "\n" == onDisk, "Training/\(file.name) changed; run scripts/generate-training-set.py")
        }
    }

    @Test func confidenceMustBeClearOrBorderline() {
        let line = #"{"title": "t", "section": "news", "confidence": "maybe"}"#
        #expect(throws: ClassifyInputError.self) { try JSONLinesReader.labeledExamples(text: line, path: "x.jsonl") }
        let good = #"{"title": "t", "section": "drop", "confidence": "borderline"}"#
        let examples = try? JSONLinesReader.labeledExamples(text: good, path: "x.jsonl")
        #expect(examples?.first?.isBorderline == true)
        #expect(examples?.first?.section == nil)
    }
}
