import BriefingModel
import Foundation

/// Small output helpers shared by the commands.
enum CommandOutput {
    /// `{"section": …, "confidence": …, "why": …}` with keys in the contract's order.
    static func jsonLine(_ classification: Classification) -> String {
        let confidence = (classification.confidence * 100).rounded() / 100
        return "{\"section\": \(quoted(classification.section.rawValue)), \"confidence\": \(confidence), "
            + "\"candidate\": \(classification.isCandidate), \"score\": \((classification.score * 100).rounded() / 100), "
            + "\"why\": \(quoted(classification.why))}"
    }

    /// The contract's line with the stored entry's `id` and `title` in front.
    static func jsonLine(_ classification: Classification, id: Int64, title: String) -> String {
        "{\"id\": \(id), \"title\": \(quoted(title)), " + jsonLine(classification).dropFirst()
    }

    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text), let json = String(data: data, encoding: .utf8) else {
            return "\"\""
        }
        return json
    }
}
