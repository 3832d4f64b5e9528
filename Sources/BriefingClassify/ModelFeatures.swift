/// Turns an input into weighted features for the learned models.
enum ModelFeatures {
    /// Summary words count less than title words, and only the first ones: summaries ramble.
    static let summaryWeight = 0.35
    static let summaryLimit = 60
    /// Section cues stand for many words the examples lack, so each counts more than a word.
    static let cueWeight = 1.5
    /// Title shapes (`@version`, `@question`, `@first:how`…) generalise across months better than words.
    static let shapeWeight = 1.0

    /// Features sorted by name, so sums run in the same order in every process (Swift seeds hashing per run).
    /// `sectionCues: false` leaves out the guide's section cues: they tell what kind of piece an entry is,
    /// not whether it is about cloud native (a health study is a "study" too), so the relevance model
    /// keeps only the section-0 cues.
    static func extract(_ input: ClassifierInput, sectionCues: Bool = true) -> [(String, Double)] {
        var features: [String: Double] = [:]
        for feature in Tokenizer.features(input.title, phrases: true) { features[feature, default: 0] += 1 }
        for category in input.categories {
            for feature in Tokenizer.features(category, phrases: false) { features[feature, default: 0] += 0.5 }
        }
        for feature in Tokenizer.features(input.summary, phrases: false).prefix(summaryLimit) {
            features["~" + feature, default: 0] += summaryWeight
            features[feature, default: 0] += summaryWeight
        }
        for cue in SectionCues.features(title: input.title) { features[cue, default: 0] += cueWeight }
        for cue in GuideCues.matching(input) where sectionCues || cue.cue.section == nil {
            features["@guide:" + cue.name] = cueWeight
        }
        for shape in TitleShape.features(input.title) { features[shape] = shapeWeight }
        let host = input.host
        if !host.isEmpty { features["@host:" + host] = 0.5 }
        features["@kind:" + input.feedKind.rawValue] = 0.5
        return features.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
