import BriefingModel
import Foundation

/// The guide's rules as cues, in the order the guide's decision procedure applies them: section 0
/// first, then humour and celebrations, reports, releases-vs-feature-posts, organisational events,
/// introductions and case studies. The first cue that matches decides.
enum GuideCues {
    static let all: [GuideCue] =
        sectionZero + [
            GuideCue(
                rule: "R1", name: "Kubernetes feature post", section: .discussion, confidence: 0.85, triggers: [],
                requires: ["kubernetes", "k8s"], shape: featurePost, precedesReleases: true),
            GuideCue(
                rule: "R10", name: "birthday or anniversary", section: .fun, confidence: 0.8,
                triggers: ["birthday", "anniversary", "周年", "生日"], shape: turnsAnAge, precedesReleases: true),
            GuideCue(
                rule: "R11", name: "letter, call-out or meme", section: .fun, confidence: 0.8,
                triggers: [
                    "open letter", "calling out", "meme", "memes", "manifesto", "parody", "slander", "公开信", "吐槽",
                ], precedesReleases: true),
            GuideCue(
                rule: "R9", name: "survey, report, audit or benchmark", section: .reports, confidence: 0.8,
                triggers: [
                    "survey", "surveys", "audit", "audits", "annual report", "in review", "state of", "report",
                    "reports",
                    "benchmark", "benchmarks", "study finds", "study shows", "research study", "年度报告", "研究报告", "报告显示",
                    "调查", "审计", "白皮书",
                    "基准测试",
                ]),
            GuideCue(
                rule: "R13", name: "preview of a coming release", section: .releases, confidence: 0.65,
                triggers: ["sneak peek", "抢先", "what's coming", "what’s coming", "upcoming"], precedesReleases: true),
            GuideCue(
                rule: "R8", name: "governance or lifecycle", section: .news, confidence: 0.85,
                triggers: [
                    "graduat*", "incubat*", "deprecat*", "donat*", "sandbox", "election", "elections",
                    "steering committee",
                    "fork", "forks", "forked", "working group", "end of life", "trademark", "governance", "毕业", "孵化",
                    "沙箱", "捐赠", "弃用", "废弃", "选举", "工作组", "冻结", "用户组", "治理",
                ]),
            GuideCue(
                rule: "R8", name: "licence change", section: .news, confidence: 0.85,
                triggers: ["licens*", "licenc*", "relicens*", "agpl", "sspl", "许可证", "开源协议"]),
            GuideCue(
                rule: "R8", name: "acquisition or funding", section: .news, confidence: 0.85,
                triggers: [
                    "acquires", "acquired", "acquisition", "to acquire", "raises", "funding", "merger", "layoffs", "收购",
                    "融资", "并购", "裁员",
                ]),
            GuideCue(
                rule: "R6", name: "interview or spotlight", section: .news, confidence: 0.7,
                triggers: [
                    "interview", "q&a", "meet the maintainer", "spotlight on", "fireside chat", "聚焦", "访谈", "专访",
                ]),
            GuideCue(
                rule: "R4", name: "a new project introduced by what it is", section: .products, confidence: 0.6,
                triggers: [], shape: introduction),
            GuideCue(
                rule: "R12", name: "case study or migration story", section: .discussion, confidence: 0.75,
                triggers: ["case study", "migrated from", "migrating from", "lessons learned", "案例", "迁移"]),
        ]

    /// Section 0 (GUIDE.md, *Section 0*): job posts, help threads, event logistics, sponsor and
    /// membership notices (the guide's "sponsor or marketing fluff"), digests.
    static let sectionZero: [GuideCue] = [
        GuideCue(
            rule: "S0", name: "job post", section: nil, confidence: 0.85,
            triggers: ["who is hiring", "hiring", "job opening", "job openings", "招聘"], precedesReleases: true),
        GuideCue(
            rule: "S0", name: "help question or poll", section: nil, confidence: 0.8,
            triggers: ["ask hn", "tell hn", "help needed", "need help", "求助", "请教"], precedesReleases: true),
        GuideCue(
            rule: "S0", name: "event logistics", section: nil, confidence: 0.75,
            triggers: [
                "call for proposals", "call for papers", "cfp", "schedule", "see you at", "join us at", "talks at",
                "registration", "early bird", "booth", "webinar", "away", "live stream",
            ],
            requires: [
                "*con", "summit", "conference", "day", "days", "meetup", "webinar", "event", "events",
                "cfp", "registration", "booth",
            ], precedesReleases: true),
        GuideCue(
            rule: "S0", name: "sponsor or membership notice", section: nil, confidence: 0.75,
            triggers: [
                "gold member", "platinum member", "silver member", "gold membership", "platinum membership",
                "silver membership", "new members", "sponsored", "sponsor", "金牌会员", "白金会员", "赞助",
            ], precedesReleases: true),
        GuideCue(
            rule: "S0", name: "digest or newsletter", section: nil, confidence: 0.7,
            triggers: ["newsletter", "digest", "this week in", "weekly update", "monthly update", "周报", "月报"],
            precedesReleases: true),
    ]

    /// The cues that match `input`'s title, in order.
    static func matching(_ input: ClassifierInput) -> [(name: String, cue: GuideCue, evidence: String)] {
        let lowerText = input.title.lowercased()
        let lower = Array(lowerText.utf8)
        let plain = Tokenizer.words(lowerText)
        let words = plain.map { Array($0.utf8) }
        let wordSet = Set(plain)
        return all.compactMap { cue in
            cue.evidence(in: input.title, lower: lower, words: words, wordSet: wordSet).map {
                (cue.rule + " " + cue.name, cue, $0)
            }
        }
    }

    /// `Kubernetes v1.33: Image Volumes Graduate to Beta`, `Kubernetes v1.34：Pod 级别资源升级至 Beta` — a
    /// version, a colon, then a feature and a maturity stage (a release's own post has a name instead).
    @Sendable static func featurePost(_ title: String) -> String? {
        guard let (version, rest) = TitleShape.afterVersionColon(title) else { return nil }
        let lower = rest.lowercased()
        let words = Tokenizer.words(lower)
        let stages = ["beta", "ga", "alpha", "stable", "general availability", "graduat", "正式发布", "升级至", "进阶至"]
        guard
            let stage = stages.first(where: { stage in
                stage.count > 3 && !stage.contains(" ") && stage.allSatisfy(\.isASCII)
                    ? words.contains { $0.hasPrefix(stage) } : KeywordMatcher.contains(lower, keyword: stage)
            })
        else { return nil }
        return "\(version.literal): … \(stage)"
    }

    /// `The Docker project turns 10`, `Istio turns seven`.
    @Sendable static func turnsAnAge(_ title: String) -> String? {
        let words = Tokenizer.words(title)
        for (index, word) in words.enumerated().dropLast() where word == "turns" {
            let next = words[index + 1]
            if next.allSatisfy(\.isNumber) || ages.contains(next) { return "turns \(next)" }
        }
        return nil
    }

    private static let ages: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// `Introducing Kubetail…`, `Meet Kubetail…`, `宣布 OpenReports…`, or `Name: a tool for…` (a short
    /// name, a colon, an indefinite article and a kind of thing), with no version in the title (R4).
    @Sendable static func introduction(_ title: String) -> String? {
        let lower = title.lowercased()
        for opener in ["introducing ", "meet ", "宣布", "介绍"] where lower.hasPrefix(opener) {
            return ReleaseVersion.find(in: title) == nil ? opener.trimmingCharacters(in: .whitespaces) : nil
        }
        guard let colon = lower.firstIndex(where: { $0 == ":" || $0 == "：" }), ReleaseVersion.find(in: title) == nil
        else { return nil }
        let name = lower[..<colon].split(separator: " ")
        let rest = Whitespace.trimmed(lower[lower.index(after: colon)...])
        guard (1...2).contains(name.count), ["a ", "an ", "一个", "一款"].contains(where: rest.hasPrefix) else {
            return nil
        }
        let kinds = [
            "tool", "platform", "engine", "framework", "operator", "controller", "library", "distribution", "cli",
            "project", "solution", "工具", "平台", "引擎", "框架", "发行版", "方案", "项目",
        ]
        return kinds.first { KeywordMatcher.contains(rest, keyword: $0) }.map { "name: a \($0)" }
    }
}
