import BriefingModel
import Foundation

/// The one score that decides whether an entry is for the briefing and orders a section's items:
/// the relevance model's log-odds, plus the release's significance, plus the feed weight (as log2,
/// so the default weight 1 adds nothing), plus rule boosts. Grouping adds per extra source later
/// (`ItemBuilder.perExtraSource`), but only members that pass on their own are grouped.
struct CandidateScore {
    var relevance: Double
    var releaseBonus: Double
    var weightBonus: Double
    var boost: Double

    init(relevance: Double, release: ReleaseVersion?, weight: Double, boost: Double) {
        // A release the feed's policy keeps is §1 material by that policy: the relevance model, which
        // learned that bare version tags are mostly patch notes, may not sink it below zero.
        let isKeptKind = release.map { !$0.isPatch && !$0.isPreRelease } ?? false
        self.relevance = isKeptKind ? max(relevance, 0) : relevance
        releaseBonus = isKeptKind ? release?.significance ?? 0 : 0
        weightBonus = log2(max(weight, 0.01))
        self.boost = boost
    }

    var total: Double { relevance + releaseBonus + weightBonus + boost }

    /// `-1.2 (relevance -1.2, release 0, feed 0, boost 0)`.
    var text: String {
        let parts = [("relevance", relevance), ("release", releaseBonus), ("feed", weightBonus), ("boost", boost)]
        let shown = parts.filter { $0.0 == "relevance" || $0.1 != 0 }.map { "\($0.0) \(Self.rounded($0.1))" }
        return "\(Self.rounded(total)) (\(shown.joined(separator: ", ")))"
    }

    private static func rounded(_ value: Double) -> String { String(format: "%.2f", value) }
}
