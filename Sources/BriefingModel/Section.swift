/// One of the briefing's six sections, in the order they appear in a draft.
public enum Section: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case releases
    case news
    case discussion
    case reports
    case products
    case fun

    /// The `## ` heading of the section in a draft, exactly as in the reference issue.
    public var heading: String {
        switch self {
        case .releases: "🆕 专题一 产品新功能/新版本"
        case .news: "📰 专题二 新闻与访谈"
        case .discussion: "💬 专题三 讨论与分享"
        case .reports: "📄 专题四 报告查看与分析"
        case .products: "✍️ 专题五 产品/方案介绍"
        case .fun: "🤣 专题六 相关趣事与 Meme"
        }
    }

    /// Position of the section in a draft, 1...6.
    public var number: Int { Section.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: Section, rhs: Section) -> Bool { lhs.number < rhs.number }
}
