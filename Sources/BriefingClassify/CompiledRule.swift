import BriefingModel
import Foundation

/// A feeds.yaml rule with its regular expressions compiled once, ready to test inputs.
struct CompiledRule: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and safe to match from several threads.
    let rule: Rule
    private let regexes: [String: NSRegularExpression]

    init(_ rule: Rule) {
        self.rule = rule
        var regexes: [String: NSRegularExpression] = [:]
        Self.collectPatterns(rule.condition, into: &regexes)
        self.regexes = regexes
    }

    /// Whether the rule applies to `input` (its feed, if limited to one, and its condition).
    func matches(_ input: ClassifierInput) -> Bool {
        if let feed = rule.feed, feed != input.source { return false }
        return evaluate(rule.condition, input)
    }

    private func evaluate(_ condition: RuleCondition, _ input: ClassifierInput) -> Bool {
        switch condition {
        case .match(let field, let matcher): matches(matcher, text: Self.text(of: field, in: input))
        case .all(let conditions): conditions.allSatisfy { evaluate($0, input) }
        case .any(let conditions): conditions.contains { evaluate($0, input) }
        case .not(let inner): !evaluate(inner, input)
        }
    }

    private func matches(_ matcher: RuleMatcher, text: String) -> Bool {
        switch matcher {
        case .regex(let pattern):
            // A pattern the config loader let through but Foundation refuses matches nothing.
            guard let regex = regexes[pattern] else { return false }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        case .keywords(let keywords):
            let haystack = text.lowercased()
            return keywords.contains { KeywordMatcher.contains(haystack, keyword: $0.lowercased()) }
        }
    }

    static func text(of field: RuleField, in input: ClassifierInput) -> String {
        switch field {
        case .title: input.title
        case .summary: input.summary
        case .url: input.url
        case .author: input.author ?? ""
        case .categories: input.categories.joined(separator: "\n")
        case .feed: input.source
        case .kind: input.feedKind.rawValue
        case .text: ([input.title, input.summary] + input.categories).joined(separator: "\n")
        }
    }

    private static func collectPatterns(_ condition: RuleCondition, into regexes: inout [String: NSRegularExpression]) {
        switch condition {
        case .match(_, .regex(let pattern)):
            regexes[pattern] = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        case .match: break
        case .all(let conditions), .any(let conditions):
            for inner in conditions { collectPatterns(inner, into: &regexes) }
        case .not(let inner): collectPatterns(inner, into: &regexes)
        }
    }
}
