import BriefingModel
import Foundation

/// Walks the YAML tree of feeds.yaml in file order and builds a `BriefingConfig`.
struct ConfigReader {
    /// Absolute path of the config file.
    let path: String
    /// The config file as the user named it, for messages.
    let shownPath: String

    static let topLevelKeys = [
        "title", "timezone", "store", "drafts", "template", "draft", "fetch", "classify", "feeds", "rules", "assist",
        "serve",
    ]

    var directory: String { PathResolver.directory(of: path) }

    /// `file:line` as written in `Rule.origin`.
    func origin(line: Int) -> String {
        "\(NSString(string: shownPath).lastPathComponent):\(line)"
    }

    func read(_ root: ConfigNode) throws(ConfigError) -> BriefingConfig {
        guard case .mapping = root.node else {
            throw root.error("expected a mapping of settings (title, feeds, …) at the top level, got \(root.shown)")
        }
        var config = BriefingConfig(
            path: path, directory: directory, storePath: resolve("briefing.sqlite"),
            draft: DraftSettings(directory: resolve("drafts")))
        var feedsNode: ConfigNode?
        var rulesNode: ConfigNode?
        for (key, value) in try root.entries(allowed: Self.topLevelKeys) {
            switch key {
            case "feeds": feedsNode = value
            case "rules": rulesNode = value
            default: try apply(key, value, to: &config)
            }
        }
        try readFeedsAndRules(feedsNode, rulesNode, into: &config)
        return config
    }

    private func apply(_ key: String, _ value: ConfigNode, to config: inout BriefingConfig) throws(ConfigError) {
        switch key {
        case "title": config.draft.titleTemplate = try value.string()
        case "timezone": config.draft.timeZone = try timeZone(value)
        case "store": config.storePath = resolve(try value.string())
        case "drafts": config.draft.directory = resolve(try value.string())
        case "template": config.draft.templatePath = try value.optionalString().map(resolve)
        case "draft": if !value.isNull { try DraftSettingsReader.read(value, into: &config.draft) }
        case "fetch": if !value.isNull { config.fetch = try FetchSettingsReader.read(value) }
        case "classify": if !value.isNull { config.classify = try ClassifySettingsReader.read(value) }
        case "assist": config.assist = value.isNull ? nil : try AssistSettingsReader.read(value)
        case "serve": if !value.isNull { config.serve = try ServeSettingsReader.read(value) }
        default: break
        }
    }

    /// Feeds first (rules under a feed need its name), then global rules ahead of per-feed ones.
    private func readFeedsAndRules(
        _ feedsNode: ConfigNode?, _ rulesNode: ConfigNode?, into config: inout BriefingConfig
    ) throws(ConfigError) {
        var feedRules: [Rule] = []
        if let feedsNode, !feedsNode.isNull {
            let feeds = try FeedListReader(config: self).read(feedsNode)
            config.feeds = feeds.map(\.feed)
            feedRules = feeds.flatMap(\.rules)
        }
        var globalRules: [Rule] = []
        if let rulesNode, !rulesNode.isNull {
            globalRules = try RuleReader(config: self, feed: nil).readList(rulesNode)
        }
        config.rules = globalRules + feedRules
    }

    /// A path from the config resolved against the config's folder.
    func resolve(_ relative: String) -> String {
        PathResolver.absolute(relative, against: directory)
    }

    private func timeZone(_ value: ConfigNode) throws(ConfigError) -> TimeZone {
        let name = try value.string()
        if let problem = TimeZoneName.problem(with: name) { throw value.error(problem) }
        if TimeZoneName.isIANA(name), let zone = TimeZone(identifier: name) { return zone }
        let known = TimeZone.knownTimeZoneIdentifiers
        if let suggestion = Suggestion.closest(to: name, among: known) {
            throw value.error("'\(name)' is not a known IANA time zone; did you mean '\(suggestion)'?")
        }
        throw value.error("'\(name)' is not a known IANA time zone; use a name like Asia/Shanghai or UTC")
    }
}
