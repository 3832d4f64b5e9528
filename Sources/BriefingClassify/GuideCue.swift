import BriefingModel

/// One rule of `GUIDE.md` that can be recognised from a title: a general shape (words, phrases, a
/// structural test), never a literal title. A cue names its rule in `why`, e.g. `cue R8: governance (graduat)`.
struct GuideCue: Sendable {
    /// One trigger, compiled once: its bytes and how it must sit in the title.
    struct Trigger: Sendable {
        enum Position: Sendable {
            case phrase, prefix, suffix
        }
        var text: String
        var bytes: [UInt8]
        var position: Position

        /// A trailing `*` makes a word a prefix (`graduat*`), a leading one a suffix (`*con` for PromCon).
        init(_ written: String) {
            if written.hasPrefix("*") {
                text = String(written.dropFirst())
                position = .suffix
            } else if written.hasSuffix("*") {
                text = String(written.dropLast())
                position = .prefix
            } else {
                text = written
                position = .phrase
            }
            bytes = Array(text.utf8)
        }

        /// True for a phrase that is one plain word: a set lookup finds it (the title's words split the
        /// way `KeywordMatcher` draws word boundaries), no scan of the title.
        var isSingleWord: Bool { position == .phrase && !bytes.isEmpty && bytes.allSatisfy(Self.isPlain) }

        private static func isPlain(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }

        /// `words` are the title's lowercased words as UTF-8 (String prefix tests are slow per grapheme),
        /// `wordSet` the same as strings.
        func matches(lower: [UInt8], words: [[UInt8]], wordSet: Set<String>) -> Bool {
            switch position {
            case .phrase where isSingleWord: wordSet.contains(text)
            case .phrase: KeywordMatcher.contains(lower, keyword: bytes)
            case .prefix: words.contains { Self.holds(bytes, in: $0, at: 0) }
            case .suffix:
                words.contains { $0.count >= bytes.count && Self.holds(bytes, in: $0, at: $0.count - bytes.count) }
            }
        }

        /// Whether `word` holds `part` from `start` (the generic `starts(with:)` and `suffix` walk
        /// slower, and this runs for every trigger on every title).
        private static func holds(_ part: [UInt8], in word: [UInt8], at start: Int) -> Bool {
            guard start >= 0, start + part.count <= word.count else { return false }
            for index in part.indices where word[start + index] != part[index] { return false }
            return true
        }
    }

    /// The guide's rule (`R1`…`R13`) or `S0` for section 0.
    var rule: String
    /// What the cue recognises, for `why`: `Kubernetes feature post`.
    var name: String
    /// The section it files an entry in; nil means not for the briefing (section 0).
    var section: Section?
    /// How often the cue's label is right: clear rules of the guide 0.85, borderline ones lower.
    var confidence: Double
    /// Whole words or phrases (lowercased), see `Trigger`.
    let triggers: [Trigger]
    /// When not empty, one of these words must also be in the title (`schedule` needs an event word).
    let requires: [Trigger]
    /// The triggers and requirements that need a scan of the title (phrases of several words, CJK,
    /// punctuation), each list searched in one pass.
    private let scannedTriggers: Scanned
    private let scannedRequires: Scanned
    /// A structural test on the title instead of (or besides) the triggers.
    var shape: (@Sendable (String) -> String?)?
    /// True for the cues the guide's procedure applies before "is it a release?" (steps 0–1, R1, R13);
    /// the others yield to a detected release (`Karmada v1.12 发布！…迁移…` is a release).
    var precedesReleases: Bool

    init(
        rule: String, name: String, section: Section?, confidence: Double, triggers: [String],
        requires: [String] = [], shape: (@Sendable (String) -> String?)? = nil, precedesReleases: Bool = false
    ) {
        self.rule = rule
        self.name = name
        self.section = section
        self.confidence = confidence
        self.triggers = triggers.map(Trigger.init)
        self.requires = requires.map(Trigger.init)
        scannedTriggers = Scanned(self.triggers)
        scannedRequires = Scanned(self.requires)
        self.shape = shape
        self.precedesReleases = precedesReleases
    }

    /// The trigger or shape that matched in `title` (`lower`: its lowercased UTF-8; `words`: its words), or nil.
    func evidence(in title: String, lower: [UInt8], words: [[UInt8]], wordSet: Set<String>) -> String? {
        if !requires.isEmpty,
            scannedRequires.first(of: requires, lower: lower, words: words, wordSet: wordSet) == nil
        {
            return nil
        }
        if let found = scannedTriggers.first(of: triggers, lower: lower, words: words, wordSet: wordSet) {
            return found.text
        }
        return shape?(title)
    }

    /// A list's scanned phrases in one `KeywordSet`: the first matching trigger of the list is the one
    /// `list.first { $0.matches(…) }` finds, with one pass over the title for all its phrases.
    struct Scanned: Sendable {
        private let phrases: KeywordSet
        /// Per trigger of the list, its index in `phrases`, or nil when a lookup finds it (words, prefixes, suffixes).
        private let slots: [Int?]

        init(_ list: [Trigger]) {
            var slots: [Int?] = []
            var scanned: [[UInt8]] = []
            for trigger in list {
                let isScanned = trigger.position == .phrase && !trigger.isSingleWord
                slots.append(isScanned ? scanned.count : nil)
                if isScanned { scanned.append(trigger.bytes) }
            }
            self.slots = slots
            phrases = KeywordSet(scanned)
        }

        func first(of list: [Trigger], lower: [UInt8], words: [[UInt8]], wordSet: Set<String>) -> Trigger? {
            var found: [Bool]?
            for (position, trigger) in list.enumerated() {
                let matched: Bool
                if let slot = slots[position] {
                    let flags = found ?? phrases.found(in: lower)
                    found = flags
                    matched = flags[slot]
                } else {
                    matched = trigger.matches(lower: lower, words: words, wordSet: wordSet)
                }
                if matched { return trigger }
            }
            return nil
        }
    }
}
