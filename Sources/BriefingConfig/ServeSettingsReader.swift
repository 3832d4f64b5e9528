import BriefingModel

/// Reads `serve:`.
enum ServeSettingsReader {
    static let keys = ["token"]

    static func read(_ node: ConfigNode) throws(ConfigError) -> ServeSettings {
        var settings = ServeSettings()
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "token":
                let token = try value.optionalString()
                // A short secret on a shared network is guessed; say so where it is written.
                if let token, token.count < 16 {
                    throw value.error(
                        "serve.token must be at least 16 characters (e.g. the output of 'openssl rand -hex 16')")
                }
                settings.token = token
            default: break
            }
        }
        return settings
    }
}
