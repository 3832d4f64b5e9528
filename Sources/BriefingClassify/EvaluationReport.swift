import BriefingModel

/// How well a classifier did on labeled examples: accuracy, per-label precision/recall, confusion matrix.
public struct EvaluationReport: Sendable, Hashable {
    /// Precision and recall of one label (a section key, or `drop`).
    public struct LabelScore: Sendable, Hashable {
        public var label: String
        public var precision: Double
        public var recall: Double
        /// How many examples carry this label.
        public var support: Int
    }

    /// Row and column names of the confusion matrix: the six section keys, then `drop`.
    public static let labels = Section.allCases.map(\.rawValue) + ["drop"]

    public var count: Int
    public var correct: Int
    /// `confusion[expected][predicted]`, indexed like `labels`.
    public var confusion: [[Int]]

    /// Builds the report from (expected, predicted) pairs; `nil` means drop.
    public init(pairs: [(expected: Section?, predicted: Section?)]) {
        let size = Self.labels.count
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
        for pair in pairs { matrix[Self.index(pair.expected)][Self.index(pair.predicted)] += 1 }
        confusion = matrix
        count = pairs.count
        correct = (0..<size).map { matrix[$0][$0] }.reduce(0, +)
    }

    /// Share of examples whose predicted label is the expected one (0 when there are none).
    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }

    /// Precision and recall of every label that was expected or predicted at least once.
    public var scores: [LabelScore] {
        Self.labels.indices.compactMap { index in
            let support = confusion[index].reduce(0, +)
            let predicted = confusion.map { $0[index] }.reduce(0, +)
            guard support + predicted > 0 else { return nil }
            let hit = Double(confusion[index][index])
            return LabelScore(
                label: Self.labels[index], precision: predicted == 0 ? 0 : hit / Double(predicted),
                recall: support == 0 ? 0 : hit / Double(support), support: support)
        }
    }

    private static func index(_ section: Section?) -> Int {
        guard let section else { return labels.count - 1 }
        return Section.allCases.firstIndex(of: section) ?? labels.count - 1
    }
}
