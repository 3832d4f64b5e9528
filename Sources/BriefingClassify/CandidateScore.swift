import BriefingModel
import Foundation

/// The one score that decides whether an entry is for the briefing and orders a section's items:
/// the relevance model's log-odds, plus the release's significance, minus a penalty for a news entry
/// that names no cloud-native subject, plus the feed weight (as log2, so the default weight 1 adds
/// nothing), plus the feed's volume prior (`FeedVolume`: a firehose's entry must say more), plus rule
/// boosts. Grouping adds per extra source later
/// (`ItemBuilder.perExtraSource`), but only members that pass on their own are grouped.
struct CandidateScore {
    /// What an off-topic news entry loses: as much as the relevance model can give, so only a release
    /// bonus or a boost can lift it back over the bar.
    static let offTopicPenalty = 6.0
    /// What it loses when a cue finds an organisational event (an acquisition, a licence, an interview):
    /// any company's such news can be briefing news (the reference issue's ServiceNow and Data.World),
    /// so the relevance model decides with a smaller handicap.
    static let organisationalOffTopicPenalty = 2.0
    /// What an entry of a project's own feed loses when it names no cloud-native subject: such a feed
    /// is mostly about its project even when a post does not say so, but a vendor blog's general
    /// marketing (security strategy, AI governance, conference tips) is the guide's section 0.
    static let projectOffTopicPenalty = 2.0

    /// What a guide cue of a section adds to an on-topic entry: the shape editors file (a birthday, a
    /// feature post, a survey) is evidence for the briefing the relevance model's words may lack.
    static let cueBonus = 0.5

    var relevance: Double
    var releaseBonus: Double
    var cue: Double
    var topicPenalty: Double
    var weightBonus: Double
    var volume: Double
    var boost: Double

    init(
        relevance: Double, release: ReleaseVersion?, kind: FeedKind, offTopic: Bool, sectionCue: Section?,
        weight: Double, volume: Double = 0, boost: Double
    ) {
        // A release a project feed's policy keeps is §1 material by that policy: the relevance model,
        // which learned that bare version tags are mostly patch notes, may not sink it below zero. A news
        // feed's `X 4.8 is out` gets the bonus but no floor: it may be any product's release.
        let isKeptKind = release.map { !$0.isPatch && !$0.isPreRelease } ?? false
        let isProjectRelease = isKeptKind && kind == .project
        self.relevance = isProjectRelease ? max(relevance, 0) : relevance
        releaseBonus = isKeptKind ? release?.significance ?? 0 : 0
        let penalty =
            kind == .project
            ? Self.projectOffTopicPenalty
            : sectionCue == .news ? Self.organisationalOffTopicPenalty : Self.offTopicPenalty
        topicPenalty = offTopic ? -penalty : 0
        cue = sectionCue != nil && !offTopic ? Self.cueBonus : 0
        weightBonus = log2(max(weight, 0.01))
        // Its volume is mostly the patch tags the policy drops; the kept release is section 1 by that policy.
        self.volume = isProjectRelease ? 0 : volume
        self.boost = boost
    }

    var total: Double { relevance + releaseBonus + cue + topicPenalty + weightBonus + volume + boost }

    /// `-1.2 (relevance -1.2, release 0, feed 0, boost 0)`.
    var text: String {
        let parts = [
            ("relevance", relevance), ("release", releaseBonus), ("cue", cue), ("off-topic", topicPenalty),
            ("feed", weightBonus), ("volume", volume), ("boost", boost),
        ]
        let shown = parts.filter { $0.0 == "relevance" || $0.1 != 0 }.map { "\($0.0) \(Self.rounded($0.1))" }
        return "\(Self.rounded(total)) (\(shown.joined(separator: ", ")))"
    }

    private static func rounded(_ value: Double) -> String { String(format: "%.2f", value) }
}
