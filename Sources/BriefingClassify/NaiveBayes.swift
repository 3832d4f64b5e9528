import Foundation

/// A multinomial naive Bayes text classifier over weighted features; deterministic, trained in one pass.
struct NaiveBayes: Sendable {
    /// One score per class, and the features that pushed the winner most.
    struct Prediction {
        var probabilities: [Double]
        var best: Int
        var evidence: [String]
    }

    let classCount: Int
    private let logPrior: [Double]
    private let logLikelihood: [String: [Double]]
    private let logUnseen: [Double]

    /// `alpha` is the additive smoothing; priors are flattened (square root of the counts) because the
    /// shipped examples are not a sample of a real month.
    init(examples: [(features: [(String, Double)], label: Int)], classCount: Int, alpha: Double = 0.2) {
        self.classCount = classCount
        var counts: [String: [Double]] = [:]
        var totals = [Double](repeating: 0, count: classCount)
        var docs = [Double](repeating: 0, count: classCount)
        for example in examples {
            docs[example.label] += 1
            for (feature, weight) in example.features {
                counts[feature, default: [Double](repeating: 0, count: classCount)][example.label] += weight
                totals[example.label] += weight
            }
        }
        let vocabulary = Double(max(counts.count, 1))
        let denominators = totals.map { log($0 + alpha * vocabulary) }
        logUnseen = denominators.map { log(alpha) - $0 }
        logLikelihood = counts.mapValues { row in
            (0..<classCount).map { log(row[$0] + alpha) - denominators[$0] }
        }
        let flattened = docs.map { $0 > 0 ? $0.squareRoot() : 0 }
        let total = max(flattened.reduce(0, +), 1)
        logPrior = flattened.map { $0 > 0 ? log($0 / total) : -.infinity }
    }

    func predict(_ features: [(String, Double)]) -> Prediction {
        var scores = logPrior
        var weight = 0.0
        var known: [(String, [Double])] = []
        for (feature, count) in features {
            guard let row = logLikelihood[feature] else { continue }
            weight += count
            known.append((feature, row))
            for label in 0..<classCount { scores[label] += count * row[label] }
        }
        let best = Self.argmax(scores)
        let probabilities = Self.softmax(scores, temperature: max(1, weight * 0.75))
        return Prediction(probabilities: probabilities, best: best, evidence: evidence(known, best: best))
    }

    /// The (up to three) features whose likelihood favours `best` over the average class the most.
    private func evidence(_ known: [(String, [Double])], best: Int) -> [String] {
        var ranked: [(feature: String, lift: Double)] = []
        for (feature, row) in known where !feature.hasPrefix("@") {
            let mean = row.reduce(0, +) / Double(row.count)
            let lift = row[best] - mean
            if lift > 0 { ranked.append((feature, lift)) }
        }
        ranked.sort { $0.lift != $1.lift ? $0.lift > $1.lift : $0.feature < $1.feature }
        return ranked.prefix(3).map(\.feature)
    }

    private static func argmax(_ values: [Double]) -> Int {
        var best = 0
        for index in values.indices where values[index] > values[best] { best = index }
        return best
    }

    private static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { $0.isFinite ? exp(($0 - top) / temperature) : 0 }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}
