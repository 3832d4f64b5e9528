import BriefingModel

/// Reads `assist:`: `base_url` and `model` are required, the rest have defaults.
enum AssistSettingsReader {
    static let keys = ["base_url", "model", "api_key_env", "max_items", "monthly_token_budget", "timeout"]

    static func read(_ node: ConfigNode) throws(ConfigError) -> AssistSettings {
        var settings = AssistSettings(baseURL: "", model: "")
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "base_url": settings.baseURL = try url(value)
            case "model": settings.model = try value.string()
            case "api_key_env": settings.apiKeyEnv = try environmentName(value)
            case "max_items": settings.maxItems = try value.int(minimum: 0)
            case "monthly_token_budget": settings.monthlyTokenBudget = try value.int(minimum: 0)
            case "timeout": settings.timeout = try value.duration()
            default: break
            }
        }
        guard !settings.baseURL.isEmpty else {
            throw node.error("assist needs base_url, e.g. https://api.deepseek.com/v1")
        }
        guard !settings.model.isEmpty else { throw node.error("assist needs model, e.g. deepseek-chat") }
        return settings
    }

    private static func url(_ node: ConfigNode) throws(ConfigError) -> String {
        let text = try node.string()
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw node.error("expected an http(s) URL such as https://api.deepseek.com/v1, got \(node.shown)")
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// The name of a variable, never its value: a key pasted here would end up in git.
    private static func environmentName(_ node: ConfigNode) throws(ConfigError) -> String {
        let name = try node.string()
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), name.count <= 64 else {
            throw node.error(
                "expected the name of an environment variable (e.g. DEEPSEEK_API_KEY), not the key itself")
        }
        return name
    }
}
