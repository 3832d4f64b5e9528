import BriefingModel

/// Reads `fetch:`; keys left out keep the defaults of `FetchSettings`.
enum FetchSettingsReader {
    static let keys = [
        "concurrency", "per_host", "timeout", "connect_timeout", "max_bytes", "user_agent", "failure_threshold",
        "alert_after", "contact", "quiet_after",
    ]

    static func read(_ node: ConfigNode) throws(ConfigError) -> FetchSettings {
        var settings = FetchSettings()
        var userAgent: String?
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "concurrency": settings.concurrency = try value.int(minimum: 1)
            case "per_host": settings.perHost = try value.int(minimum: 1)
            case "timeout": settings.timeout = try value.duration()
            case "connect_timeout": settings.connectTimeout = try value.duration()
            case "max_bytes": settings.maxBytes = try value.size()
            case "user_agent": userAgent = try value.string()
            case "contact": settings.contact = try ContactReader.read(value)
            case "failure_threshold": settings.failureThreshold = try value.int(minimum: 1)
            case "alert_after": settings.alertAfter = try value.duration()
            case "quiet_after": settings.quietAfter = try value.duration()
            default: break
            }
        }
        // An explicit user_agent is sent as written; otherwise it names the contact, if any.
        settings.userAgent = userAgent ?? FetchSettings.userAgent(contact: settings.contact)
        return settings
    }
}
