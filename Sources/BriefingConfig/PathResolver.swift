import Foundation

/// Makes paths absolute: the config's own path against the working directory, the paths written
/// in the config against the config's folder.
public enum PathResolver {
    /// `path` made absolute against `directory` (a leading `~/` means the home folder), standardized.
    public static func absolute(_ path: String, against directory: String) -> String {
        let expanded = NSString(string: path).expandingTildeInPath
        let joined = expanded.hasPrefix("/") ? expanded : NSString(string: directory).appendingPathComponent(expanded)
        return NSString(string: joined).standardizingPath
    }

    /// The folder holding the file at the absolute `path`.
    static func directory(of path: String) -> String {
        NSString(string: path).deletingLastPathComponent
    }
}
