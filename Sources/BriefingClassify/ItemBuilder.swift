import BriefingModel

/// Turns a group of entries into one `DraftItem`: the best source leads, the others are related.
enum ItemBuilder {
    /// Each extra source carrying the story adds this much to the item's score.
    static let perExtraSource = 0.5

    static func item(_ members: [PlannedEntry], reviewThreshold: Double, headline: String? = nil) -> DraftItem? {
        let ordered = members.sorted(by: PlannedEntry.leadsBefore)
        guard let lead = ordered.first else { return nil }
        let feeds = Set(members.map(\.entry.feed)).count
        let best = members.map(\.classification.score).max() ?? 0
        // An editor's label binds: the item goes where they put its entry, with no review mark.
        let decided = ordered.first { $0.classification.isEditorDecision }
        let confidence = decided == nil ? lead.classification.confidence : 1
        return DraftItem(
            section: decided?.section ?? lead.section, lead: lead.entry, related: ordered.dropFirst().map(\.entry),
            headline: headline ?? releaseHeadline(ordered), version: lead.release?.version.literal,
            score: best + perExtraSource * Double(feeds - 1), confidence: confidence,
            why: (decided ?? lead).classification.why, needsReview: confidence < reviewThreshold)
    }

    /// For a project's several releases: `Istio 1.26.0(同月另有 1.25.3、1.24.6)`; for a title that is only
    /// the version: `Karmada v1.14.0 发布`; nil for one version whose title names the project.
    private static func releaseHeadline(_ ordered: [PlannedEntry]) -> String? {
        guard let lead = ordered.first, let release = lead.release else { return nil }
        var others: [ReleaseVersion] = []
        for member in ordered.dropFirst() {
            guard let version = member.release?.version, version != release.version, !others.contains(version)
            else { continue }
            others.append(version)
        }
        let bare = release.titleNamesProject ? nil : "\(release.projectDisplay) \(release.version.literal) 发布"
        guard !others.isEmpty else { return bare }
        let named = others.sorted(by: >).map(\.literal).joined(separator: "、")
        return "\(bare ?? "\(release.projectDisplay) \(release.version.literal)")(同月另有 \(named))"
    }
}
