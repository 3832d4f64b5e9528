import BriefingModel

/// One rule of `GUIDE.md` that can be recognised from a title: a general shape (words, phrases, a
/// structural test), never a literal title. A cue names its rule in `why`, e.g. `cue R8: governance (graduat)`.
struct GuideCue: Sendable {
    /// The guide's rule (`R1`…`R13`) or `S0` for section 0.
    var rule: String
    /// What the cue recognises, for `why`: `Kubernetes feature post`.
    var name: String
    /// The section it files an entry in; nil means not for the briefing (section 0).
    var section: Section?
    /// How often the cue's label is right: clear rules of the guide 0.85, borderline ones lower.
    var confidence: Double
    /// Whole words or phrases (lowercased); a trailing `*` makes a word a prefix
    /// (`graduat*`), a leading one a suffix (`*con` for PromCon).
    var triggers: [String]
    /// When not empty, one of these words must also be in the title (`schedule` needs an event word).
    var requires: [String] = []
    /// A structural test on the title instead of (or besides) the triggers.
    var shape: (@Sendable (String) -> String?)?
    /// True for the cues the guide's procedure applies before "is it a release?" (steps 0–1 and R1);
    /// the others yield to a detected release (`Karmada v1.12 发布！…迁移…` is a release).
    var precedesReleases = false

    /// The trigger or shape that matched in `title` (the original title), or nil.
    func evidence(in title: String, lower: String, words: [String]) -> String? {
        if !requires.isEmpty, !requires.contains(where: { Self.has($0, lower: lower, words: words) }) { return nil }
        if let found = triggers.first(where: { Self.has($0, lower: lower, words: words) }) {
            return found.hasSuffix("*") ? String(found.dropLast()) : found
        }
        return shape?(title)
    }

    private static func has(_ trigger: String, lower: String, words: [String]) -> Bool {
        if trigger.hasPrefix("*") {
            let ending = trigger.dropFirst()
            return words.contains { $0.hasSuffix(ending) }
        }
        if trigger.hasSuffix("*") {
            let stem = trigger.dropLast()
            return words.contains { $0.hasPrefix(stem) }
        }
        return KeywordMatcher.contains(lower, keyword: trigger)
    }
}
