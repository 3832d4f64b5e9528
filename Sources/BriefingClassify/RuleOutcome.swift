import BriefingModel

/// What the ordered rules say about one input: boosts of the rules before the first deciding rule,
/// and that rule's decision (a section or drop). First match wins.
struct RuleOutcome {
    enum Decision {
        case section(Section, origin: String)
        case drop(origin: String)
    }

    var boost = 0.0
    var decision: Decision?

    init(rules: [CompiledRule], input: ClassifierInput) {
        for compiled in rules where compiled.matches(input) {
            switch compiled.rule.action {
            case .boost(let amount): boost += amount
            case .section(let section):
                decision = .section(section, origin: compiled.rule.origin)
                return
            case .drop:
                decision = .drop(origin: compiled.rule.origin)
                return
            }
        }
    }
}
