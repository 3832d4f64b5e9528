import BriefingModel

/// What cross-validation found: section accuracy (clear and all), per-section precision/recall and
/// confusion, a calibration table, and how well candidacy separates section-0 entries from signal.
public struct CrossValidationReport: Sendable {
    /// One held-out example and what a model that never saw it said.
    public struct Outcome: Sendable {
        public var example: LabeledExample
        public var result: Classification

        /// True when the example has a section and the classifier chose it.
        var isSectionRight: Bool { example.section == result.section }
    }

    /// One row of the calibration table: items whose confidence lies in `range`, and how many were right.
    public struct CalibrationRow: Sendable, Hashable {
        public var range: ClosedRange<Double>
        public var count: Int
        public var correct: Int
    }

    public var outcomes: [Outcome]
    public var folds: Int

    public init(outcomes: [Outcome], folds: Int) {
        self.outcomes = outcomes
        self.folds = folds
    }

    /// The outcomes of examples with a section (section 0 excluded).
    var signal: [Outcome] { outcomes.filter { $0.example.section != nil } }
    var sectionZero: [Outcome] { outcomes.filter { $0.example.section == nil } }

    /// Section accuracy on every signal item, and on those labeled clear.
    public var accuracyAll: (correct: Int, count: Int) { Self.accuracy(signal) }
    public var accuracyClear: (correct: Int, count: Int) { Self.accuracy(signal.filter { !$0.example.isBorderline }) }

    /// Per-section precision/recall and the confusion matrix of the signal items' sections.
    public var sections: EvaluationReport {
        EvaluationReport(pairs: signal.map { ($0.example.section, $0.result.section) })
    }

    /// Section-0 items that are not candidates, and signal items that are.
    public var sectionZeroRejected: (rejected: Int, count: Int) {
        (sectionZero.filter { !$0.result.isCandidate }.count, sectionZero.count)
    }
    public var signalKept: (kept: Int, count: Int) { (signal.filter(\.result.isCandidate).count, signal.count) }

    /// Section accuracy by confidence band.
    public var calibration: [CalibrationRow] {
        let bands: [ClosedRange<Double>] = [0...0.3, 0.3...0.5, 0.5...0.7, 0.7...0.9, 0.9...1]
        return bands.enumerated().map { position, band in
            let inBand = signal.filter { outcome in
                let value = outcome.result.confidence
                return band.contains(value) && (position == bands.count - 1 || value < band.upperBound)
            }
            return CalibrationRow(range: band, count: inBand.count, correct: inBand.filter(\.isSectionRight).count)
        }
    }

    /// Of the signal items given confidence at least `threshold`, how many have the right section.
    public func rightAtOrAbove(_ threshold: Double) -> (correct: Int, count: Int) {
        Self.accuracy(signal.filter { $0.result.confidence >= threshold })
    }

    private static func accuracy(_ outcomes: [Outcome]) -> (correct: Int, count: Int) {
        (outcomes.filter(\.isSectionRight).count, outcomes.count)
    }
}
