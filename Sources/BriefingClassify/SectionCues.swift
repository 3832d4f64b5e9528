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

    /// Each cue's stems split once into single Latin words (matched as word prefixes) and byte phrases.
    private static let compiled: [(name: String, words: [[UInt8]], phrases: [[UInt8]])] = cues.map { cue in
        let isWord = { (stem: String) in stem.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "'") } }
        return (
            cue.name, cue.stems.filter(isWord).map { Array($0.utf8) },
            cue.stems.filter { !isWord($0) }.map { Array($0.utf8) }
        )
    }

    /// `@cue:NAME` features for every cue word or phrase found in `title`.
    static func features(title: String) -> [String] {
        let lower = title.lowercased()
        let bytes = Array(lower.utf8)
        // Byte arrays: String.hasPrefix compares grapheme by grapheme, a hundred times slower here; and
        // only the stems that begin with a letter some word begins with are tried.
        let words = Tokenizer.words(lower).map { Array($0.utf8) }
        let initials = Set(words.compactMap(\.first))
        var found: [String] = []
        for cue in compiled {
            var hits = cue.phrases.filter { KeywordMatcher.contains(bytes, keyword: $0) }.count
            for stem in cue.words where stem.first.map(initials.contains) == true {
                hits += words.contains { $0.starts(with: stem) } ? 1 : 0
            }
            found.append(contentsOf: repeatElement("@cue:" + cue.name, count: hits))
        }
        if isToolIntroduction(title) { found.append("@cue:product-intro") }
        if isFeaturePost(title) { found.append("@cue:feature-post") }
        return found
    }

    /// `Kubernetes v1.33: Image Volumes Graduate to Beta` — a version, a colon, then a sentence about one
    /// feature (a release's own post names it in a word or three: `Kubernetes v1.33: Octarine`).
    static func isFeaturePost(_ title: String) -> Bool {
        guard let version = ReleaseVersion.find(in: title), let range = title.range(of: version.literal) else {
            return false
        }
        let rest = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix(":") || rest.hasPrefix(":") else { return false }
        return Tokenizer.words(String(rest.dropFirst())).count >= 4
    }

    /// `Name: a tool for…`, `Name, an engine…`, `Name:一个…` — the shape of a tool introduction.
    static func isToolIntroduction(_ title: String) -> Bool {
        guard let separator = title.firstIndex(where: { $0 == ":" || $0 == ":" || $0 == "," }) else { return false }
        let name = title[..<separator]
        guard !name.isEmpty, name.count <= 24, !name.contains(" ") || name.split(separator: " ").count <= 2 else {
            return false
        }
        guard ReleaseVersion.find(in: String(name)) == nil else { return false }
        let rest = title[title.index(after: separator)...].trimmingCharacters(in: .whitespaces).lowercased()
        return ["a ", "an ", "the ", "一个", "是", "提供", "基于", "用于"].contains { rest.hasPrefix($0) }
            || rest.contains("for kubernetes") || rest.contains("kubernetes 的")
    }
}
