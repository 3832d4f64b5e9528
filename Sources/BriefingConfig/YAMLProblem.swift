import Foundation
import Yams

/// Turns a Yams syntax error into a one-line `ConfigError` naming the line.
enum YAMLProblem {
    static func configError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return located(problem, context: context?.text, line: mark.line, file: file)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let problem = "key \(keys) appears twice in one mapping; keep one"
            return located(problem, context: nil, line: context.mark.line, file: file)
        case .reader(let problem, _, _, _):
            return ConfigError(message: "\(file): invalid YAML: \(problem); save the file as UTF-8 text")
        default:
            return ConfigError(message: "\(file): invalid YAML: \(error)")
        }
    }

    private static func located(_ problem: String, context: String?, line: Int, file: String) -> ConfigError {
        let detail = context.map { "\(problem) (\($0))" } ?? problem
        return ConfigError(message: "invalid YAML: \(detail) (\(file):\(line))", line: line)
    }
}
