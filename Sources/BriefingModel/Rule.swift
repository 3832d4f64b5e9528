/// A field of an entry that a classification rule can look at.
public enum RuleField: String, CaseIterable, Sendable, Hashable, Codable {
    case title
    case summary
    case url
    case author
    case categories
    case feed
    case kind
    /// Title, summary and categories together.
    case text
}

/// How a rule condition matches a field's text.
public enum RuleMatcher: Sendable, Hashable {
    /// A regular expression (case-insensitive), already validated by the config loader.
    case regex(String)
    /// Any of these words or phrases, case-insensitive.
    case keywords([String])
}

/// A condition of a rule: a match on one field, or a combination.
public indirect enum RuleCondition: Sendable, Hashable {
    case match(RuleField, RuleMatcher)
    case all([RuleCondition])
    case any([RuleCondition])
    case not(RuleCondition)
}

/// What a matching rule does.
public enum RuleAction: Sendable, Hashable {
    case section(Section)
    /// Never a draft candidate (the entry stays stored).
    case drop
    /// Adds to the relevance score.
    case boost(Double)
}

/// One ordered classification rule from feeds.yaml (global, or under one feed).
public struct Rule: Sendable, Hashable {
    public var condition: RuleCondition
    public var action: RuleAction
    /// The feed this rule is limited to, for rules written under a feed.
    public var feed: String?
    /// Where the rule was written, e.g. `feeds.yaml:41`, for `why` and for error messages.
    public var origin: String

    public init(condition: RuleCondition, action: RuleAction, feed: String? = nil, origin: String) {
        self.condition = condition
        self.action = action
        self.feed = feed
        self.origin = origin
    }
}
