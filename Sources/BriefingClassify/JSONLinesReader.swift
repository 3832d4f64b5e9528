import BriefingModel
import Foundation

/// Reads JSONL files of classifier inputs and labeled examples; a bad line is an error naming FILE:LINE.
public enum JSONLinesReader {
    /// The inputs of a `briefing classify --input` file, one per non-blank line, in order.
    public static func inputs(path: String) throws -> [ClassifierInput] {
        try decodeLines(path: path, as: ClassifierInput.self).map(\.1)
    }

    /// The labeled examples of a `briefing eval --input` file (the classify keys plus `section`).
    public static func labeledExamples(path: String) throws -> [LabeledExample] {
        try decodeLines(path: path, as: LabeledLine.self).map { number, line in
            try example(from: line, path: path, line: number)
        }
    }

    /// The labeled examples of JSONL `text`; errors name `path` and the line.
    static func labeledExamples(text: String, path: String) throws -> [LabeledExample] {
        try decodeLines(data: Data(text.utf8), path: path, as: LabeledLine.self).map { number, line in
            try example(from: line, path: path, line: number)
        }
    }

    private static func example(from line: LabeledLine, path: String, line number: Int) throws -> LabeledExample {
        if line.confidence != nil, line.confidence != "clear", line.confidence != "borderline" {
            throw ClassifyInputError(
                path: path, line: number,
                reason: "unknown confidence \"\(line.confidence ?? "")\" (use clear or borderline)")
        }
        let borderline = line.confidence == "borderline"
        if line.section == "drop" {
            return LabeledExample(input: line.input, section: nil, group: line.group, isBorderline: borderline)
        }
        guard let section = Section(rawValue: line.section) else {
            let keys = Section.allCases.map(\.rawValue).joined(separator: ", ")
            throw ClassifyInputError(
                path: path, line: number, reason: "unknown section \"\(line.section)\" (use one of \(keys), drop)")
        }
        return LabeledExample(input: line.input, section: section, group: line.group, isBorderline: borderline)
    }

    private static func decodeLines<T: Decodable>(path: String, as type: T.Type) throws -> [(Int, T)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClassifyInputError(path: path, line: nil, reason: "cannot read the file; check the path")
        }
        return try decodeLines(data: data, path: path, as: type)
    }

    private static func decodeLines<T: Decodable>(data: Data, path: String, as type: T.Type) throws -> [(Int, T)] {
        let decoder = JSONDecoder()
        var result: [(Int, T)] = []
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                result.append((index + 1, try decoder.decode(T.self, from: Data(line))))
            } catch {
                throw ClassifyInputError(path: path, line: index + 1, reason: describe(error))
            }
        }
        return result
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let error as ClassifyInputError: error.reason
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "not a JSON object"
                : "bad value for \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        default: "not a JSON object"
        }
    }
}
