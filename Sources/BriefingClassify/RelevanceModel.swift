import BriefingModel
import Foundation

/// The learned "for the briefing or not" layer: logistic regression of briefing items (any section)
/// against section-0 entries (drops: patch notes, off-topic news, help questions, logistics).
struct RelevanceModel: Sendable {
    /// The model's log-odds are clipped to ±this, so one confident model cannot outweigh every other signal.
    static let maximumLogOdds = 6.0
    /// Fully balanced classes: drops are a seventh of the examples but most of a real month's entries.
    static let training = LogisticRegression.Training(balance: 1)
    private let model: LogisticRegression?
    private let relevance: Relevance

    /// `features[i]` are the features of `examples[i]` (`ModelFeatures.extract`).
    init(examples: [LabeledExample], features: [[String: Double]], relevance: Relevance) {
        self.relevance = relevance
        let training = zip(examples, features).map { example, features in
            (
                features: Self.features(example.input, features, relevance: relevance),
                label: example.section == nil ? 0 : 1
            )
        }
        // Without drops there is nothing to tell apart: every entry counts as signal.
        let hasBoth = training.contains { $0.label == 0 } && training.contains { $0.label == 1 }
        model = hasBoth ? LogisticRegression(examples: training, classCount: 2, training: Self.training) : nil
    }

    /// Log-odds that `input` is briefing material, and the words that pushed it most either way.
    func logOdds(_ input: ClassifierInput, features: [String: Double]) -> (value: Double, evidence: [String]) {
        guard let model else { return (Self.maximumLogOdds, []) }
        let prediction = model.predict(Self.features(input, features, relevance: relevance))
        let signal = min(max(prediction.probabilities[1], 1e-6), 1 - 1e-6)
        let odds = log(signal / (1 - signal))
        return (min(max(odds, -Self.maximumLogOdds), Self.maximumLogOdds), prediction.evidence)
    }

    /// The section features without the guide's section cues, plus how many topic-vocabulary terms the
    /// title and summary name.
    private static func features(_ input: ClassifierInput, _ all: [String: Double], relevance: Relevance)
        -> [String: Double]
    {
        var features = all.filter { !$0.key.hasPrefix("@guide:") }
        let topic =
            relevance.hits(in: input.title) * 2
            + relevance.hits(in: ModelFeatures.opening(of: input.summary, characters: 600))
        features["@topic:" + (topic == 0 ? "none" : topic < 3 ? "some" : "many")] = 1.5
        return features
    }
}
