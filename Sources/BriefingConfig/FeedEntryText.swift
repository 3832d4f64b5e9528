import BriefingModel

/// A feed written as a feeds.yaml list item; only values that differ from the defaults are written.
enum FeedEntryText {
    /// Block-style items: `- name: …` at `dashIndent`, further keys at `contentIndent`.
    static func block(_ feeds: [FeedSource], dashIndent: Int, contentIndent: Int) -> [String] {
        let dash = String(repeating: " ", count: dashIndent) + "-"
        let firstPrefix = dash + String(repeating: " ", count: max(1, contentIndent - dashIndent - 1))
        let restPrefix = String(repeating: " ", count: max(dashIndent + 2, contentIndent))
        var lines: [String] = []
        for feed in feeds {
            for (index, pair) in pairs(feed).enumerated() {
                let prefix = index == 0 ? firstPrefix : restPrefix
                lines.append("\(prefix)\(pair.key): \(pair.isText ? YAMLScalarText.block(pair.value) : pair.value)")
            }
        }
        return lines
    }

    /// A flow-style item: `{name: "…", url: "…"}`.
    static func flow(_ feed: FeedSource) -> String {
        let body = pairs(feed).map { "\($0.key): \($0.isText ? YAMLScalarText.quoted($0.value) : $0.value)" }
            .joined(separator: ", ")
        return "{\(body)}"
    }

    /// Key, value and whether the value is free text (quoted when needed) or a keyword/number written as is.
    private static func pairs(_ feed: FeedSource) -> [(key: String, value: String, isText: Bool)] {
        var pairs: [(key: String, value: String, isText: Bool)] = [("name", feed.name, true), ("url", feed.url, true)]
        if feed.kind != .news { pairs.append(("kind", feed.kind.rawValue, false)) }
        if let section = feed.section { pairs.append(("section", section.rawValue, false)) }
        if feed.releases != .minor { pairs.append(("releases", feed.releases.rawValue, false)) }
        if !feed.enabled { pairs.append(("enabled", "false", false)) }
        if let userAgent = feed.userAgent { pairs.append(("user_agent", userAgent, true)) }
        if let maxBytes = feed.maxBytes { pairs.append(("max_bytes", Quantity.text(forBytes: maxBytes), false)) }
        if let timeout = feed.timeout { pairs.append(("timeout", Quantity.text(for: timeout), false)) }
        if feed.weight != 1 { pairs.append(("weight", "\(feed.weight)", false)) }
        return pairs
    }
}
