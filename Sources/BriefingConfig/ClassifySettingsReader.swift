import BriefingModel

/// Reads `classify:`; keys left out keep the defaults of `ClassifySettings`.
enum ClassifySettingsReader {
    static let keys = [
        "review_threshold", "section_cap", "section_caps", "similarity", "vocabulary", "min_score", "more_per_section",
        "body_items", "review_share",
    ]

    static func read(_ node: ConfigNode) throws(ConfigError) -> ClassifySettings {
        var settings = ClassifySettings()
        for (key, value) in try node.entries(allowed: keys) {
            switch key {
            case "review_threshold": settings.reviewThreshold = try value.double(in: 0...1)
            case "section_cap": settings.sectionCap = try value.int(minimum: 0)
            case "section_caps": settings.sectionCaps = try sectionCaps(value)
            case "similarity": settings.similarity = try value.double(in: 0...1)
            case "vocabulary": settings.vocabulary = value.isNull ? [] : try value.strings()
            case "min_score": settings.minScore = try value.double(in: -100...100)
            case "more_per_section": settings.morePerSection = try value.int(minimum: 0)
            case "body_items": settings.bodyItems = try value.int(minimum: 0)
            case "review_share": settings.reviewShare = try value.double(in: 0...1)
            default: break
            }
        }
        return settings
    }

    private static func sectionCaps(_ node: ConfigNode) throws(ConfigError) -> [Section: Int] {
        guard !node.isNull else { return [:] }
        var caps: [Section: Int] = [:]
        for (key, value) in try node.entries(allowed: Section.allCases.map(\.rawValue)) {
            guard let section = Section(rawValue: key) else { continue }
            caps[section] = try value.int(minimum: 0)
        }
        return caps
    }
}
