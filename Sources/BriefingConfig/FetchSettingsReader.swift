import BriefingModel

/// Reads `fetch:`; keys left out keep the defaults of `FetchSettings`.
enum FetchSettingsReader {
    static let keys = [
        "concurrency", "per_host", "timeout", "connect_timeout", "max_bytes", "user_agent", "failure_threshold",
        "alert_after",
    ]

    static func read(_ node: ConfigNode) throws(ConfigError) -> FetchSettings {
        var settings = FetchSettings()
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "concurrency": settings.concurrency = try value.int(minimum: 1)
            case "per_host": settings.perHost = try value.int(minimum: 1)
            case "timeout": settings.timeout = try value.duration()
            case "connect_timeout": settings.connectTimeout = try value.duration()
            case "max_bytes": settings.maxBytes = try value.size()
            case "user_agent": settings.userAgent = try value.string()
            case "failure_threshold": settings.failureThreshold = try value.int(minimum: 1)
            case "alert_after": settings.alertAfter = try value.duration()
            default: break
            }
        }
        return settings
    }
}
