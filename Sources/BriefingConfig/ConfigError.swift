import BriefingModel

/// A problem with feeds.yaml (or an OPML file): what is wrong, where, and what is allowed.
///
/// Messages read `KEY.PATH: what is wrong; what is allowed (FILE:LINE)`, with the file named as
/// the user gave it, e.g. `feeds[3].kind: 'blog' is not one of project, news (feeds.yaml:27)`.
public struct ConfigError: BriefingError, Equatable {
    /// `.invalidConfig` (65) for a file that is there but wrong, `.missingInput` (66) for a missing one.
    public let exitStatus: ExitStatus
    public let message: String
    /// The 1-based line the message points at, when there is one.
    public let line: Int?

    public init(exitStatus: ExitStatus = .invalidConfig, message: String, line: Int? = nil) {
        self.exitStatus = exitStatus
        self.message = message
        self.line = line
    }

    /// An invalid value at `keyPath`, located at `file:line`.
    static func invalid(_ keyPath: String, _ problem: String, file: String, line: Int) -> ConfigError {
        let prefix = keyPath.isEmpty ? "" : "\(keyPath): "
        return ConfigError(message: "\(prefix)\(problem) (\(file):\(line))", line: line)
    }

    /// The config file does not exist.
    static func missing(file: String) -> ConfigError {
        ConfigError(exitStatus: .missingInput, message: "\(file): no such file; create one with 'briefing init'")
    }
}
