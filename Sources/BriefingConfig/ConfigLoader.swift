import BriefingModel
import Foundation
import Yams

/// Reads and validates feeds.yaml; the first problem found ends the load with a `ConfigError`.
///
/// Problems are found in a fixed order (the file's order, keys of a mapping before their values),
/// so the same file always gives the same message.
public enum ConfigLoader {
    /// Reads the config file at `path` (relative paths resolve against the working directory).
    ///
    /// Throws a `.missingInput` error when the file does not exist, `.invalidConfig` when it is wrong.
    public static func load(path: String) throws(ConfigError) -> BriefingConfig {
        let absolute = PathResolver.absolute(path, against: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: absolute) else { throw ConfigError.missing(file: path) }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw ConfigError(exitStatus: .missingInput, message: "\(path): cannot be read; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(message: "\(path): not UTF-8 text; save it as UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Validates `text` as the content of the config file at `path`, which is used to resolve
    /// relative paths and to name the file in messages; the file itself is not read.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> BriefingConfig {
        let root = try compose(text, file: path)
        let absolute = PathResolver.absolute(path, against: FileManager.default.currentDirectoryPath)
        let reader = ConfigReader(path: absolute, shownPath: path)
        return try reader.read(root)
    }

    /// The YAML node tree of `text`, or an error naming the line of the syntax error.
    static func compose(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLProblem.configError(error, file: file)
        } catch {
            throw ConfigError(message: "\(file): invalid YAML: \(error)")
        }
        guard let node else {
            throw ConfigError(message: "\(file): the file is empty; start from the one 'briefing init' writes")
        }
        return ConfigNode(node: node, path: "", file: file)
    }
}
