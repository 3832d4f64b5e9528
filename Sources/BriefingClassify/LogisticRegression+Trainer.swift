import Foundation

extension LogisticRegression {
    /// Stochastic gradient descent on the cross-entropy with AdaGrad step sizes per weight.
    struct Trainer {
        let featureCount: Int
        let classCount: Int
        let training: Training
        let classWeights: [Double]
        var weights: [Double]
        var bias: [Double]
        private var squaredWeights: [Double]
        private var squaredBias: [Double]

        init(featureCount: Int, classCount: Int, training: Training, classWeights: [Double]) {
            self.featureCount = featureCount
            self.classCount = classCount
            self.training = training
            self.classWeights = classWeights
            weights = [Double](repeating: 0, count: featureCount * classCount)
            squaredWeights = [Double](repeating: 1e-8, count: featureCount * classCount)
            bias = [Double](repeating: 0, count: classCount)
            squaredBias = [Double](repeating: 1e-8, count: classCount)
        }

        mutating func fit(_ rows: [(features: [(Int, Double)], label: Int)]) {
            guard !rows.isEmpty else { return }
            var order = Array(rows.indices)
            // A fixed linear congruential sequence: the same shuffles in every process.
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<training.epochs {
                for position in stride(from: order.count - 1, to: 0, by: -1) {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    order.swapAt(position, Int((state >> 33) % UInt64(position + 1)))
                }
                for index in order { step(rows[index].features, label: rows[index].label) }
            }
        }

        /// One AdaGrad step on one example. The weight arrays are reached through buffer pointers, taken
        /// once per step: indexing the stored arrays checked their uniqueness on every update.
        private mutating func step(_ features: [(Int, Double)], label: Int) {
            let classCount = classCount
            var scores = bias
            weights.withUnsafeBufferPointer { weights in
                for (feature, value) in features {
                    let row = feature * classCount
                    for target in 0..<classCount { scores[target] += value * weights[row + target] }
                }
            }
            let probabilities = LogisticRegression.softmax(scores)
            let weight = classWeights[label]
            let rate = training.learningRate
            let l2 = training.l2
            var errors = [Double](repeating: 0, count: classCount)
            for target in 0..<classCount {
                let error = weight * (probabilities[target] - (target == label ? 1 : 0))
                errors[target] = error
                squaredBias[target] += error * error
                bias[target] -= rate * error / squaredBias[target].squareRoot()
            }
            weights.withUnsafeMutableBufferPointer { weights in
                squaredWeights.withUnsafeMutableBufferPointer { squared in
                    for target in 0..<classCount {
                        let error = errors[target]
                        for (feature, value) in features {
                            let slot = feature * classCount + target
                            let gradient = error * value + l2 * weights[slot]
                            squared[slot] += gradient * gradient
                            weights[slot] -= rate * gradient / squared[slot].squareRoot()
                        }
                    }
                }
            }
        }
    }
}
