import Foundation

/// Checks feed URLs (http, https or file) and makes relative file URLs absolute.
enum FeedURL {
    /// The URL of a `url:` value: http(s) with a host, or a file URL made absolute against the config folder.
    static func validate(_ node: ConfigNode, config: ConfigReader) throws(ConfigError) -> String {
        let text = try node.string()
        let lowered = text.lowercased()
        if lowered.hasPrefix("file:") {
            guard text.dropFirst("file:".count).contains(where: { $0 != "/" }) else {
                throw node.error("'\(text)' names no file; write file://path/to/feed.xml")
            }
            return fileURL(String(text.dropFirst("file:".count)), directory: config.directory)
        }
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
            throw node.error("'\(text)' must start with http://, https:// or file://")
        }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw node.error("'\(text)' is not a valid URL with a host; check it in a browser")
        }
        return text
    }

    /// `file:///abs/path` for `//rel/path`, `rel/path` or `///abs/path` (what follows `file:`).
    private static func fileURL(_ rest: String, directory: String) -> String {
        var path = rest
        if path.hasPrefix("///") {
            return "file:" + rest
        }
        if path.hasPrefix("//") { path.removeFirst(2) }
        let absolute = PathResolver.absolute(path.removingPercentEncoding ?? path, against: directory)
        return URL(fileURLWithPath: absolute).absoluteString
    }

    /// What makes two feed URLs the same feed: scheme and host compared case-insensitively,
    /// a trailing slash ignored.
    static func identity(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.scheme = components.scheme?.lowercased()
        components.host = components.host?.lowercased()
        var text = components.string ?? url
        while text.hasSuffix("/") && !text.hasSuffix("://") && text.count > 1 { text.removeLast() }
        return text
    }
}
