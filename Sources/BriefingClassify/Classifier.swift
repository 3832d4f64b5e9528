import BriefingModel
import Foundation

/// Sorts inputs into sections in layers — forced section, rules, the guide's cues, release detection,
/// learned section model — and decides in one score whether each is a draft candidate (README, "How a
/// decision is made"). Immutable after init; safe to share between tasks.
public final class Classifier: Sendable {
    private let settings: ClassifySettings
    private let rules: [CompiledRule]
    private let feedsByName: [String: FeedSource]
    private let model: SectionModel
    private let relevanceModel: RelevanceModel
    private let subjects: Relevance

    /// Trains the models from the shipped examples plus `labels` (editors' decisions).
    /// Without labels and with the built-in vocabulary, the models trained once per process are reused.
    public convenience init(settings: ClassifySettings, rules: [Rule], feeds: [FeedSource], labels: [LabeledExample]) {
        let models =
            labels.isEmpty && settings.vocabulary.isEmpty
            ? TrainedModels.shipped
            : TrainedModels(examples: TrainingSet.shipped + labels, vocabulary: Self.vocabulary(settings))
        self.init(settings: settings, rules: rules, feeds: feeds, models: models)
    }

    /// Trains the models from exactly `examples` (no shipped file); for cross-validation and tests.
    public convenience init(settings: ClassifySettings, rules: [Rule], feeds: [FeedSource], examples: [LabeledExample])
    {
        let models = TrainedModels(examples: examples, vocabulary: Self.vocabulary(settings))
        self.init(settings: settings, rules: rules, feeds: feeds, models: models)
    }

    private init(settings: ClassifySettings, rules: [Rule], feeds: [FeedSource], models: TrainedModels) {
        self.settings = settings
        self.rules = rules.map(CompiledRule.init)
        var byName: [String: FeedSource] = [:]
        for feed in feeds where byName[feed.name] == nil { byName[feed.name] = feed }
        feedsByName = byName
        model = models.section
        relevanceModel = models.relevance
        subjects = models.subjects
    }

    private static func vocabulary(_ settings: ClassifySettings) -> [String]? {
        settings.vocabulary.isEmpty ? nil : settings.vocabulary
    }

    /// The section, confidence, deciding layer, candidacy and score of `input`; `volume` gives the
    /// prior of the feed's monthly volume (none for inputs outside a month).
    public func classify(_ input: ClassifierInput, volume: FeedVolume = .none) -> Classification {
        let feed = feedsByName[input.source]
        let outcome = RuleOutcome(rules: rules, input: input)
        let release = ReleaseDetector.detect(input)
        let cues = GuideCues.matching(input)
        let features = ModelFeatures.extract(input, cues: cues)
        var result = decide(input, feed: feed, rule: outcome, release: release, cues: cues, features: features)
        let relevance = relevanceModel.logOdds(input, features: features)
        let kind = feed?.kind ?? input.feedKind
        // A project feed's release (`v1.16.0`) names its project by where it comes from, not in its text.
        let offTopic =
            !(kind == .project && release != nil) && subjects.hits(in: input.title) == 0
            && subjects.hits(in: ModelFeatures.opening(of: input.summary, characters: 600)) == 0
        let score = CandidateScore(
            relevance: relevance.value, release: release?.version, kind: kind, offTopic: offTopic,
            sectionCue: cues.first { $0.cue.section != nil }?.cue.section, weight: feed?.weight ?? 1,
            volume: volume.prior(of: input.source), boost: outcome.boost)
        result.score = (score.total * 100).rounded() / 100
        if let reason = exclusion(
            rule: outcome, release: release, feed: feed, sectionZero: cues.first { $0.cue.section == nil },
            score: score, evidence: relevance.evidence)
        {
            result.isCandidate = false
            result.why += "; " + reason
        }
        return result
    }

    private func decide(
        _ input: ClassifierInput, feed: FeedSource?, rule: RuleOutcome, release: ReleaseDetector.Found?,
        cues: [(name: String, cue: GuideCue, evidence: String)], features: [String: Double]
    ) -> Classification {
        if let forced = feed?.section {
            return Classification(section: forced, confidence: 1, why: "forced: feed \(feed?.name ?? "")")
        }
        if case .section(let section, let origin) = rule.decision {
            return Classification(section: section, confidence: 1, why: "rule: \(origin)")
        }
        let sectionCues = cues.filter { $0.cue.section != nil }
        if let cue = sectionCues.first(where: \.cue.precedesReleases) { return Self.filed(by: cue) }
        if let release {
            let why = "release: \(release.projectDisplay) \(release.version.literal)"
            return Classification(section: .releases, confidence: 0.9, why: why)
        }
        if let cue = sectionCues.first { return Self.filed(by: cue) }
        return model.classify(features: features)
    }

    private static func filed(by cue: (name: String, cue: GuideCue, evidence: String)) -> Classification {
        Classification(
            section: cue.cue.section ?? .discussion, confidence: cue.cue.confidence,
            why: "cue \(cue.name) (\(cue.evidence))")
    }

    /// Why `input` is not a draft candidate, or nil when it is one. A rule or forced section that
    /// chose the entry keeps it a candidate whatever its score; release policy and drop rules always hold.
    private func exclusion(
        rule: RuleOutcome, release: ReleaseDetector.Found?, feed: FeedSource?,
        sectionZero: (name: String, cue: GuideCue, evidence: String)?, score: CandidateScore, evidence: [String]
    ) -> String? {
        if case .drop(let origin) = rule.decision { return "dropped by rule: \(origin)" }
        if let release, !release.version.isKept(by: feed?.releases ?? .minor) {
            let policy = feed?.releases ?? .minor
            return "not a candidate under releases: \(policy.rawValue) (\(release.version.literal))"
        }
        let chosen = feed?.section != nil || rule.decision != nil
        guard !chosen else { return nil }
        if let sectionZero { return "not a candidate: cue \(sectionZero.name) (\(sectionZero.evidence))" }
        guard score.total < settings.minScore else { return nil }
        let words = evidence.isEmpty ? "" : ", \(evidence.joined(separator: ", "))"
        return "not a candidate: score \(score.text) < min_score \(settings.minScore)\(words)"
    }
}
