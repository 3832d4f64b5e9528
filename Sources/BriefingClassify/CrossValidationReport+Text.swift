import Foundation

extension CrossValidationReport {
    /// The report as plain text, figures first.
    public var text: String {
        var lines = ["cross-validated, \(folds) stratified folds; each item scored by a model that never saw it", ""]
        lines.append("section accuracy, clear items: \(Self.ratio(accuracyClear))")
        lines.append("section accuracy, all items:   \(Self.ratio(accuracyAll))")
        let rejected = sectionZeroRejected
        let kept = signalKept
        lines.append("section-0 items not candidates: \(Self.ratio((rejected.rejected, rejected.count)))")
        lines.append("signal items candidates:        \(Self.ratio((kept.kept, kept.count)))")
        lines.append("confidence >= 0.7 right:        \(Self.ratio(rightAtOrAbove(0.7)))")
        lines.append("")
        lines.append("calibration (section right, by confidence)")
        for row in calibration {
            let band = String(format: "%.1f–%.1f", row.range.lowerBound, row.range.upperBound)
            lines.append("  \(band)  \(Self.ratio((row.correct, row.count)))")
        }
        lines.append("")
        lines.append("sections of the signal items")
        lines.append(sections.text)
        return lines.joined(separator: "\n")
    }

    /// `85.2% (115/135)`, or `- (0/0)`.
    static func ratio(_ value: (Int, Int)) -> String {
        guard value.1 > 0 else { return "- (0/0)" }
        return String(format: "%.1f%% (%d/%d)", 100 * Double(value.0) / Double(value.1), value.0, value.1)
    }
}

extension CrossValidationReport {
    /// One line per item the classifier got wrong (section or candidacy): expected, got, title, why.
    public var mistakes: String {
        outcomes.compactMap { outcome -> String? in
            let expected = outcome.example.section?.rawValue ?? "drop"
            let got = outcome.result.isCandidate ? outcome.result.section.rawValue : "drop"
            let wrongSection = outcome.example.section != nil && !outcome.isSectionRight
            guard wrongSection || (expected == "drop") != (got == "drop") else { return nil }
            let shownGot = outcome.result.isCandidate ? got : "\(outcome.result.section.rawValue)/drop"
            return "\(expected)\t\(shownGot)\t\(outcome.example.input.title)\t\(outcome.result.why)"
        }.joined(separator: "\n")
    }
}
