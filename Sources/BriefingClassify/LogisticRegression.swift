import Foundation

/// Multinomial logistic regression over sparse weighted features, trained in Swift with AdaGrad.
///
/// Discriminative, so a word that appears in every section (`announcing`, `kubernetes`) gets little
/// weight, where naive Bayes counted it once per section. Deterministic: features are indexed in sorted
/// order and examples visited in a fixed pseudo-random order, so every process trains the same model.
struct LogisticRegression: Sendable {
    /// How a model is trained; the defaults were chosen by cross-validation (`briefing eval --cross-validate`).
    struct Training: Sendable {
        var epochs = 24
        var learningRate = 0.4
        /// L2 penalty on the weights a step touches; it keeps rare words from deciding alone.
        var l2 = 0.0005
        /// Classes weighted by `(mean count / count) ^ balance`: 0 leaves counts as they are, 1 fully balances.
        var balance = 0.5
    }

    /// One prediction: a probability per class and the features that pushed the winner most.
    struct Prediction {
        var probabilities: [Double]
        var best: Int
        var evidence: [String]
    }

    let classCount: Int
    private let featureIndex: FeatureTable
    private let featureNames: [String]
    /// Row-major: `weights[feature * classCount + class]`.
    private let weights: [Double]
    private let bias: [Double]
    /// Per feature, computed once for `evidence`: its mean weight over the classes, and whether it
    /// may be named (not a `@` shape, cue or host).
    private let meanWeights: [Double]
    private let isNamed: [Bool]

    init(examples: [(features: [String: Double], label: Int)], classCount: Int, training: Training = Training()) {
        self.classCount = classCount
        let names = Set(examples.flatMap(\.features.keys)).sorted()
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count)
        for (position, name) in names.enumerated() { index[name] = position }
        featureIndex = FeatureTable(names)
        featureNames = names
        // In index order, as `indexed` gives them: dictionary order changes from process to process,
        // and so would the sums of the training steps.
        let rows = examples.map { example in
            (
                features: Self.normalized(
                    example.features.compactMap { name, value in index[name].map { ($0, value) } }.sorted {
                        $0.0 < $1.0
                    }),
                label: example.label
            )
        }
        var trainer = Trainer(
            featureCount: names.count, classCount: classCount, training: training,
            classWeights: Self.classWeights(rows.map(\.label), classCount: classCount, balance: training.balance))
        trainer.fit(rows)
        weights = trainer.weights
        bias = trainer.bias
        meanWeights = (0..<names.count).map { feature in
            let row = feature * classCount
            return (0..<classCount).map { trainer.weights[row + $0] }.reduce(0, +) / Double(classCount)
        }
        isNamed = names.map { !$0.hasPrefix("@") }
    }

    /// Class probabilities of `features` (unknown features are ignored).
    func predict(_ features: [String: Double]) -> Prediction {
        let known = Self.indexed(features, by: featureIndex)
        let probabilities = Self.softmax(scores(known))
        var best = 0
        for label in 0..<classCount where probabilities[label] > probabilities[best] { best = label }
        return Prediction(probabilities: probabilities, best: best, evidence: evidence(known, for: best))
    }

    private func scores(_ features: [(Int, Double)]) -> [Double] {
        var scores = bias
        for (feature, value) in features {
            let row = feature * classCount
            for label in 0..<classCount { scores[label] += value * weights[row + label] }
        }
        return scores
    }

    /// The (up to three) named features that favour `best` over the other classes the most.
    private func evidence(_ features: [(Int, Double)], for best: Int) -> [String] {
        var ranked: [(name: String, lift: Double)] = []
        for (feature, value) in features where isNamed[feature] {
            let lift = value * (weights[feature * classCount + best] - meanWeights[feature])
            if lift > 0 { ranked.append((featureNames[feature], lift)) }
        }
        ranked.sort { $0.lift != $1.lift ? $0.lift > $1.lift : $0.name < $1.name }
        return ranked.prefix(3).map(\.name)
    }

    /// The known features as (index, value) in index order, scaled to unit length. Index order makes the
    /// sums run alike in every process (Swift seeds dictionary order per run).
    static func indexed(_ features: [String: Double], by index: FeatureTable) -> [(Int, Double)] {
        var known: [(Int, Double)] = []
        known.reserveCapacity(features.count)
        for (name, value) in features {
            if let position = index.index(of: name) { known.append((position, value)) }
        }
        known.sort { $0.0 < $1.0 }
        return normalized(known)
    }

    /// Scales a feature vector to unit length, so a long summary weighs as much as a short title.
    static func normalized(_ features: [(Int, Double)]) -> [(Int, Double)] {
        let norm = features.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return features }
        return features.map { ($0.0, $0.1 / norm) }
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    private static func classWeights(_ labels: [Int], classCount: Int, balance: Double) -> [Double] {
        var counts = [Double](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        let present = counts.filter { $0 > 0 }
        let mean = present.reduce(0, +) / Double(max(present.count, 1))
        return counts.map { $0 > 0 ? pow(mean / $0, balance) : 0 }
    }
}
