extension EvaluationReport {
    /// The report as plain text: accuracy, a precision/recall table and the confusion matrix.
    public var text: String {
        var lines = ["accuracy: \(percent(accuracy)) (\(correct)/\(count))", "", "label        precision  recall  n"]
        for score in scores {
            lines.append(
                pad(score.label, 13) + pad(percent(score.precision), 11) + pad(percent(score.recall), 8)
                    + "\(score.support)")
        }
        lines.append("")
        lines.append("confusion (rows: expected, columns: predicted)")
        let short = Self.labels.map { String($0.prefix(5)) }
        lines.append(pad("", 13) + short.map { pad($0, 7) }.joined())
        for (row, label) in Self.labels.enumerated() {
            lines.append(pad(label, 13) + confusion[row].map { pad("\($0)", 7) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    private func percent(_ value: Double) -> String {
        "\(Int((value * 1000).rounded()) / 10).\(Int((value * 1000).rounded()) % 10)%"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
