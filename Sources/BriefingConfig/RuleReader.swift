import BriefingModel
import Foundation

/// Reads an ordered rule list (`rules:` at the top or under a feed) into `Rule` values.
struct RuleReader {
    static let ruleKeys = ["when", "then"]
    static let combinators = ["all", "any", "not"]
    static let matcherKeys = ["regex", "keywords"]

    let config: ConfigReader
    /// The feed the rules are written under; nil for global rules.
    let feed: String?

    func readList(_ node: ConfigNode) throws(ConfigError) -> [Rule] {
        var rules: [Rule] = []
        for item in try node.items() { rules.append(try readRule(item)) }
        return rules
    }

    private func readRule(_ node: ConfigNode) throws(ConfigError) -> Rule {
        let entries = try node.entries(allowed: Self.ruleKeys)
        try node.require("when", in: entries.map(\.key))
        try node.require("then", in: entries.map(\.key))
        var condition = RuleCondition.all([])
        var action = RuleAction.drop
        for (key, value) in entries {
            if key == "when" {
                condition = try readCondition(value, allowList: true)
            } else {
                action = try readAction(value)
            }
        }
        return Rule(condition: condition, action: action, feed: feed, origin: config.origin(line: node.line))
    }

    /// A condition: a map with exactly one key (`all`, `any`, `not` or a field), or a list meaning all.
    private func readCondition(_ node: ConfigNode, allowList: Bool) throws(ConfigError) -> RuleCondition {
        if allowList, case .sequence = node.node { return .all(try readConditions(node)) }
        let allowed = Self.combinators + RuleField.allCases.map(\.rawValue)
        let entries = try node.entries(allowed: allowed)
        guard entries.count == 1, let (key, value) = entries.first else {
            let found = entries.isEmpty ? "none" : entries.map(\.key).joined(separator: ", ")
            throw node.error(
                "a condition has exactly one key (all, any, not or a field), found \(found); "
                    + "combine several with all: [...]")
        }
        switch key {
        case "all": return .all(try readConditions(value))
        case "any": return .any(try readConditions(value))
        case "not": return .not(try readCondition(value, allowList: true))
        default: return .match(RuleField(rawValue: key) ?? .text, try readMatcher(value))
        }
    }

    private func readConditions(_ node: ConfigNode) throws(ConfigError) -> [RuleCondition] {
        let items = try node.items()
        guard !items.isEmpty else { throw node.error("needs at least one condition") }
        var result: [RuleCondition] = []
        for item in items { result.append(try readCondition(item, allowList: false)) }
        return result
    }

    /// `{regex: "…"}` or `{keywords: [..]}`.
    private func readMatcher(_ node: ConfigNode) throws(ConfigError) -> RuleMatcher {
        let entries = try node.entries(allowed: Self.matcherKeys)
        guard entries.count == 1, let (key, value) = entries.first else {
            throw node.error("expected exactly one of regex or keywords, found \(entries.count)")
        }
        if key == "keywords" {
            let words = try value.strings()
            guard !words.isEmpty else { throw value.error("needs at least one keyword") }
            return .keywords(words)
        }
        let pattern = try value.string()
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw value.error("'\(pattern)' is not a valid regular expression; check its brackets and escapes")
        }
        return .regex(pattern)
    }

    /// A section key, `drop`, or `{boost: NUMBER}`.
    private func readAction(_ node: ConfigNode) throws(ConfigError) -> RuleAction {
        let allowed = Section.allCases.map(\.rawValue) + ["drop"]
        if case .mapping = node.node {
            let entries = try node.entries(allowed: ["boost"])
            guard let boost = entries.first?.value else { throw node.error("expected {boost: NUMBER}") }
            return .boost(try boost.double(in: -100...100))
        }
        let text = try node.string()
        if text == "drop" { return .drop }
        if let section = Section(rawValue: text) { return .section(section) }
        if let suggestion = Suggestion.closest(to: text, among: allowed) {
            throw node.error("'\(text)' is not a section, drop or {boost: N}; did you mean '\(suggestion)'?")
        }
        throw node.error("'\(text)' is not one of \(allowed.joined(separator: ", ")) or {boost: N}")
    }
}
