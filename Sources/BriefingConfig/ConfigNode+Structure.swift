import Foundation
import Yams

extension ConfigNode {
    /// The entries of a mapping in file order, after checking every key is one of `allowed`.
    func entries(allowed: [String]) throws(ConfigError) -> [(key: String, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else {
            throw error("expected a mapping with keys \(allowed.joined(separator: ", ")), got \(shown)")
        }
        var result: [(key: String, value: ConfigNode)] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = ConfigNode(node: keyNode, path: path, file: file)
            guard let key = keyValue.text else {
                throw keyValue.error("keys must be plain words, got \(keyValue.shown)")
            }
            guard allowed.contains(key) else { throw keyValue.unknownKey(key, allowed: allowed) }
            result.append((key, child(key, valueNode)))
        }
        return result
    }

    /// The items of a sequence, each with its `[index]` path.
    func items() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list, got \(shown)") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, path: "\(path)[\(index)]", file: file)
        }
    }

    /// Fails when a required key was not among `keys`.
    func require(_ key: String, in keys: [String]) throws(ConfigError) {
        guard !keys.contains(key) else { return }
        throw error("missing required key '\(key)'")
    }

    private func unknownKey(_ key: String, allowed: [String]) -> ConfigError {
        let at = path.isEmpty ? key : "\(path).\(key)"
        if let suggestion = Suggestion.closest(to: key, among: allowed) {
            return ConfigError.invalid(at, "unknown key; did you mean '\(suggestion)'?", file: file, line: line)
        }
        let list = allowed.joined(separator: ", ")
        return ConfigError.invalid(at, "unknown key; allowed keys are \(list)", file: file, line: line)
    }
}
