import BriefingModel
import Foundation

/// Reads `feeds:`: each feed with its rules, rejecting duplicate names and URLs.
struct FeedListReader {
    /// A feed and the rules written under it.
    struct Item {
        var feed: FeedSource
        var rules: [Rule]
    }

    static let keys = [
        "name", "url", "kind", "section", "releases", "enabled", "user_agent", "max_bytes", "timeout", "weight",
        "rules",
    ]

    let config: ConfigReader

    func read(_ node: ConfigNode) throws(ConfigError) -> [Item] {
        var result: [Item] = []
        var names: [String: (path: String, line: Int)] = [:]
        var urls: [String: (path: String, line: Int)] = [:]
        for itemNode in try node.items() {
            let (item, nameNode, urlNode) = try readFeed(itemNode)
            let nameKey = item.feed.name.lowercased()
            if let first = names[nameKey] {
                throw nameNode.error(
                    "'\(item.feed.name)' is used twice, here and by \(first.path) at \(config.shownPath):\(first.line); "
                        + "give each feed its own name")
            }
            let urlKey = FeedURL.identity(item.feed.url)
            if let first = urls[urlKey] {
                throw urlNode.error(
                    "'\(item.feed.url)' is listed twice, here and by \(first.path) at \(config.shownPath):\(first.line); "
                        + "keep one")
            }
            names[nameKey] = (itemNode.path, nameNode.line)
            urls[urlKey] = (itemNode.path, urlNode.line)
            result.append(item)
        }
        return result
    }

    private func readFeed(_ node: ConfigNode) throws(ConfigError) -> (Item, name: ConfigNode, url: ConfigNode) {
        let entries = try node.entries(allowed: Self.keys)
        let present = entries.map(\.key)
        try node.require("name", in: present)
        try node.require("url", in: present)
        var feed = FeedSource(name: "", url: "")
        var nameNode = node
        var urlNode = node
        var rulesNode: ConfigNode?
        for (key, value) in entries {
            switch key {
            case "name": (feed.name, nameNode) = (try value.string(), value)
            case "url": (feed.url, urlNode) = (try FeedURL.validate(value, config: config), value)
            case "rules": rulesNode = value
            default: try apply(key, value, to: &feed)
            }
        }
        var rules: [Rule] = []
        if let rulesNode, !rulesNode.isNull {
            rules = try RuleReader(config: config, feed: feed.name).readList(rulesNode)
        }
        return (Item(feed: feed, rules: rules), nameNode, urlNode)
    }

    private func apply(_ key: String, _ value: ConfigNode, to feed: inout FeedSource) throws(ConfigError) {
        switch key {
        case "kind": feed.kind = try value.oneOf(FeedKind.self)
        case "section": feed.section = value.isNull ? nil : try value.oneOf(Section.self)
        case "releases": feed.releases = try value.oneOf(ReleasePolicy.self)
        case "enabled": feed.enabled = try value.bool()
        case "user_agent": feed.userAgent = try value.optionalString()
        case "max_bytes": feed.maxBytes = value.isNull ? nil : try value.size()
        case "timeout": feed.timeout = value.isNull ? nil : try value.duration()
        case "weight": feed.weight = try value.double(in: 0...100)
        default: break
        }
    }
}
