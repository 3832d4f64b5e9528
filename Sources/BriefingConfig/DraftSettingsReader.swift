import BriefingModel

/// Reads `draft:`; keys left out keep the defaults of `DraftSettings`.
enum DraftSettingsReader {
    static let keys = ["grace_days", "scaffold"]

    static func read(_ node: ConfigNode, into settings: inout DraftSettings) throws(ConfigError) {
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "grace_days": settings.graceDays = try value.int(minimum: 0)
            case "scaffold": settings.scaffold = try value.bool()
            default: break
            }
        }
    }
}
