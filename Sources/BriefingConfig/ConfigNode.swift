import Foundation
import Yams

/// A YAML node with the key path that leads to it, so every error can name the key and the line.
struct ConfigNode {
    let node: Node
    /// Dotted key path from the top, e.g. `feeds[3].kind`; empty for the document itself.
    let path: String
    /// The config file as the user named it, for messages.
    let file: String

    /// 1-based line of the node in the file.
    var line: Int { node.mark?.line ?? 1 }

    /// True for `~`, `null` and an empty value.
    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// The scalar's text as written, or nil for a mapping or a sequence.
    var text: String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    /// An error about this node's value.
    func error(_ problem: String) -> ConfigError {
        ConfigError.invalid(path, problem, file: file, line: line)
    }

    /// The node under `key` of this mapping node.
    func child(_ key: String, _ value: Node) -> ConfigNode {
        ConfigNode(node: value, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// A short description of the value for messages: the scalar text, or its shape.
    var shown: String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
