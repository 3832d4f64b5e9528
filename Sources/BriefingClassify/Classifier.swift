import BriefingModel

/// Sorts inputs into sections in layers — forced section, rules, release detection, learned model — and
/// scores their relevance. Immutable after init; safe to share between tasks.
public final class Classifier: Sendable {
    private let settings: ClassifySettings
    private let rules: [CompiledRule]
    private let feedsByName: [String: FeedSource]
    private let model: SectionModel
    private let relevance: Relevance

    /// Trains the model from the shipped examples plus `labels` (editors' decisions).
    public convenience init(settings: ClassifySettings, rules: [Rule], feeds: [FeedSource], labels: [LabeledExample]) {
        self.init(settings: settings, rules: rules, feeds: feeds, examples: TrainingSet.shipped + labels)
    }

    /// Trains the model from exactly `examples` (no shipped file); for cross-validation and tests.
    public init(settings: ClassifySettings, rules: [Rule], feeds: [FeedSource], examples: [LabeledExample]) {
        self.settings = settings
        self.rules = rules.map(CompiledRule.init)
        var byName: [String: FeedSource] = [:]
        for feed in feeds where byName[feed.name] == nil { byName[feed.name] = feed }
        feedsByName = byName
        model = SectionModel(examples: examples)
        relevance = Relevance(vocabulary: settings.vocabulary.isEmpty ? DefaultVocabulary.terms : settings.vocabulary)
    }

    /// The section, confidence, deciding layer, candidacy and relevance score of `input`.
    public func classify(_ input: ClassifierInput) -> Classification {
        let feed = feedsByName[input.source]
        let outcome = RuleOutcome(rules: rules, input: input)
        let release = ReleaseDetector.detect(input)
        var result = decide(input, feed: feed, rule: outcome, release: release)
        if case .drop(let origin) = outcome.decision {
            result.isCandidate = false
            result.why += "; dropped by rule: \(origin)"
        }
        if let release, !release.version.isKept(by: feed?.releases ?? .minor) {
            result.isCandidate = false
            let policy = feed?.releases ?? .minor
            result.why += "; not a candidate under releases: \(policy.rawValue) (\(release.version.literal))"
        }
        result.score = score(input, feed: feed, boost: outcome.boost, release: release)
        return result
    }

    private func decide(
        _ input: ClassifierInput, feed: FeedSource?, rule: RuleOutcome, release: ReleaseDetector.Found?
    ) -> Classification {
        if let forced = feed?.section {
            return Classification(section: forced, confidence: 1, why: "forced: feed \(feed?.name ?? "")")
        }
        if case .section(let section, let origin) = rule.decision {
            return Classification(section: section, confidence: 1, why: "rule: \(origin)")
        }
        if let release {
            let why = "release: \(release.projectDisplay) \(release.version.literal)"
            return Classification(section: .releases, confidence: 0.9, why: why)
        }
        return model.classify(input)
    }

    private func score(
        _ input: ClassifierInput, feed: FeedSource?, boost: Double, release: ReleaseDetector.Found?
    ) -> Double {
        let titleHits = Double(relevance.hits(in: input.title))
        let summaryHits = Double(relevance.hits(in: String(input.summary.prefix(600))))
        let topic = min(titleHits + 0.5 * summaryHits, 6)
        return topic + (feed?.weight ?? 1) + (release?.version.significance ?? 0) + boost
    }
}
