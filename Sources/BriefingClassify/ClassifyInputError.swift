import BriefingModel

/// A JSONL input file of `briefing classify`/`eval` (or the shipped training file) could not be read.
public struct ClassifyInputError: BriefingError, Equatable {
    public var path: String
    /// 1-based line number; nil when the whole file failed.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var exitStatus: ExitStatus { line == nil ? .missingInput : .invalidConfig }

    public var message: String {
        guard let line else { return "\(path): \(reason)" }
        return "\(path):\(line): \(reason); fix this line (one JSON object per line) and run again"
    }
}
