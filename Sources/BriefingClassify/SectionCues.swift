import Foundation

/// Hand-picked words and phrases typical of each section (from DESIGN.md's section table), turned into
/// shared `@cue:` features so the model generalises past the few words its examples contain.
enum SectionCues {
    /// Cue name → lowercased words (matched as word prefixes) or phrases (matched as text).
    static let cues: [(name: String, stems: [String])] = [
        (
            "release",
            [
                "released", "release", "releasing", "available", "launch", "ga", "ships", "shipped", "is out",
                "is here", "what's new", "what’s new", "new feature", "adds", "brings", "now support", "preview",
                "发布", "上线", "推出", "新功能", "新版本",
            ]
        ),
        (
            "news",
            [
                "acquir", "acquisition", "buys", "merger", "funding", "raises", "valuation", "ceo", "cto", "founder",
                "executive", "interview", "q&a", "chat with", "talks", "talking", "licens", "licenc", "agpl",
                "trademark", "donat", "joins", "welcomes", "foundation", "partner", "layoff", "lawsuit", "court",
                "appoint", "steps down", "shuts down", "election", "graduat", "sandbox", "incubat", "agreement",
                "fork", "unveil", "strategy", "market", "rival", "competit", "roadmap", "收购", "捐赠", "访谈", "许可", "基金会",
                "合作",
            ]
        ),
        (
            "discussion",
            [
                "how to", "how we", "how i", "why", "what is", "what are", "guide", "tutorial", "deep dive",
                "explained", "explain", "understanding", "lessons", "best practice", "introduction to", "step by step",
                "from scratch", "building", "mistakes", "opinion", "rethinking", "inside", "under the hood",
                "debugging", "migrating", "vs", "versus", "tips", "patterns", "recap", "takeaways", "learn",
                "evolution", "了解", "演进", "解析", "什么", "如何", "为什么", "实践",
            ]
        ),
        (
            "report",
            [
                "survey", "report", "benchmark", "audit", "study", "research", "findings", "analysis", "state of",
                "statistics", "data shows", "percent", "%", "magic quadrant", "radar", "trends", "measuring",
                "comparing", "报告", "调查", "分析", "基准",
            ]
        ),
        (
            "product",
            [
                "tool", "toolkit", "platform for", "framework", "engine", "operator for", "plugin", "cli", "ui",
                "dashboard", "project spotlight", "meet", "getting to know", "is a", "lets you", "helps you",
                "open source", "lightweight", "工具", "平台", "方案", "插件", "引擎", "发行版",
            ]
        ),
        (
            "fun",
            [
                "meme", "joke", "funny", "lol", "haha", "haiku", "birthday", "celebrat", "open letter", "drama",
                "spat", "calling out", "mock", "viral", "reddit", "😂", "🤣", "😅", "😭", "cake", "party",
                "趣事", "庆祝", "公开信", "吐槽",
            ]
        ),
    ]

    /// Each cue's stems split once into single Latin words (matched as word prefixes) and byte phrases,
    /// with its feature name.
    private static let compiled: [(feature: String, words: [[UInt8]], phrases: [[UInt8]])] = cues.map { cue in
        let isWord = { (stem: String) in stem.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "'") } }
        return (
            "@cue:" + cue.name, cue.stems.filter(isWord).map { Array($0.utf8) },
            cue.stems.filter { !isWord($0) }.map { Array($0.utf8) }
        )
    }

    /// Every cue's phrases in one set, searched in one pass; `phraseCue[i]` is the index in `compiled`
    /// of the cue of the set's phrase `i`.
    private static let phrases = KeywordSet(compiled.flatMap(\.phrases))
    private static let phraseCue: [Int] = compiled.indices.flatMap {
        repeatElement($0, count: compiled[$0].phrases.count)
    }

    /// `@cue:NAME` features for every cue word or phrase found in `title`.
    static func features(title: String) -> [String] {
        let lower = title.lowercased()
        let bytes = Array(lower.utf8)
        // Byte arrays: String.hasPrefix compares grapheme by grapheme, a hundred times slower here; and
        // only the stems that begin with a letter some word begins with are tried.
        let words = Tokenizer.words(lower).map { Array($0.utf8) }
        var initials = [Bool](repeating: false, count: 256)
        for word in words { if let first = word.first { initials[Int(first)] = true } }
        var phraseHits = [Int](repeating: 0, count: compiled.count)
        for (index, isFound) in phrases.found(in: bytes).enumerated() where isFound {
            phraseHits[phraseCue[index]] += 1
        }
        var found: [String] = []
        for (position, cue) in compiled.enumerated() {
            var hits = phraseHits[position]
            for stem in cue.words where stem.first.map({ initials[Int($0)] }) == true {
                hits += words.contains { isPrefix(stem, of: $0) } ? 1 : 0
            }
            found.append(contentsOf: repeatElement(cue.feature, count: hits))
        }
        if isToolIntroduction(title) { found.append("@cue:product-intro") }
        if isFeaturePost(title) { found.append("@cue:feature-post") }
        return found
    }

    /// `word.starts(with: stem)`, without the generic sequence walk.
    private static func isPrefix(_ stem: [UInt8], of word: [UInt8]) -> Bool {
        guard stem.count <= word.count else { return false }
        for index in stem.indices where stem[index] != word[index] { return false }
        return true
    }

    /// `Kubernetes v1.33: Image Volumes Graduate to Beta` — a version, a colon, then a sentence about one
    /// feature (a release's own post names it in a word or three: `Kubernetes v1.33: Octarine`).
    static func isFeaturePost(_ title: String) -> Bool {
        guard let (_, rest) = TitleShape.afterVersionColon(title) else { return false }
        return Tokenizer.words(String(rest)).count >= 4
    }

    /// `Name: a tool for…`, `Name, an engine…`, `Name:一个…` — the shape of a tool introduction.
    static func isToolIntroduction(_ title: String) -> Bool {
        guard let separator = title.firstIndex(where: { $0 == ":" || $0 == "：" || $0 == "," }) else { return false }
        let name = title[..<separator]
        guard !name.isEmpty, name.count <= 24, !name.contains(" ") || name.split(separator: " ").count <= 2 else {
            return false
        }
        guard ReleaseVersion.find(in: String(name)) == nil else { return false }
        let rest = Whitespace.trimmed(title[title.index(after: separator)...]).lowercased()
        return ["a ", "an ", "the ", "一个", "是", "提供", "基于", "用于"].contains { rest.hasPrefix($0) }
            || rest.contains("for kubernetes") || rest.contains("kubernetes 的")
    }
}
