/// Turns an input into weighted features for the learned models.
enum ModelFeatures {
    /// Summary words count less than title words, and only the first ones: summaries ramble.
    static let summaryWeight = 0.35
    static let summaryLimit = 60
    /// Section cues stand for many words the examples lack, so each counts more than a word.
    static let cueWeight = 1.5
    /// Title shapes (`@version`, `@question`, `@first:how`…) generalise across months better than words.
    static let shapeWeight = 1.0

    /// The features of `input` by name. `cues` are its guide cues (`GuideCues.matching`), passed in so
    /// one classification matches them once. Section cues are `@guide:` features, section-0 cues
    /// `@guide0:`, so the relevance model can leave the former out (a health study is a "study" too).
    static func extract(
        _ input: ClassifierInput, cues: [(name: String, cue: GuideCue, evidence: String)]
    ) -> [String: Double] {
        var features: [String: Double] = [:]
        // A title and a summary's opening give up to about 150 features: growing the table step by step
        // cost more than filling it.
        features.reserveCapacity(160)
        for feature in Tokenizer.features(input.title, phrases: true) { features[feature, default: 0] += 1 }
        for category in input.categories {
            for feature in Tokenizer.features(category, phrases: false) { features[feature, default: 0] += 0.5 }
        }
        // Only the summary's opening is read: release notes run to pages, and their first lines say enough.
        let opening = Self.opening(of: input.summary, characters: summaryLimit * 8)
        for feature in Tokenizer.features(opening, phrases: false).prefix(summaryLimit) {
            features["~" + feature, default: 0] += summaryWeight
            features[feature, default: 0] += summaryWeight
        }
        for cue in SectionCues.features(title: input.title) { features[cue, default: 0] += cueWeight }
        for cue in cues { features[(cue.cue.section == nil ? "@guide0:" : "@guide:") + cue.name] = cueWeight }
        for shape in TitleShape.features(input.title) { features[shape] = shapeWeight }
        let host = input.host
        if !host.isEmpty { features["@host:" + host] = 0.5 }
        features["@kind:" + input.feedKind.rawValue] = 0.5
        return features
    }

    /// `String(text.prefix(count))`, without walking the characters when the bytes tell: a text of at
    /// most `count` bytes is all there; in ASCII without `\r` each byte up to an ASCII one is a character.
    static func opening(of text: String, characters count: Int) -> String {
        guard text.utf8.count > count else { return text }
        var text = text
        let plain = text.withUTF8 { bytes in
            bytes.prefix(count + 1).allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        guard plain else { return String(text.prefix(count)) }
        return String(decoding: text.utf8.prefix(count), as: UTF8.self)
    }

    /// The features of `input`, matching its cues (for training).
    static func extract(_ input: ClassifierInput) -> [String: Double] {
        extract(input, cues: GuideCues.matching(input))
    }
}
