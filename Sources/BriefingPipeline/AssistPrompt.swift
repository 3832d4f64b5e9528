import BriefingModel
import Foundation

/// The chat-completions request for one item: the briefing's style, the item's source text and
/// the editors' remembered paragraph. Changing the wording means a new `version`, so cached
/// answers of the old prompt are not reused.
struct AssistPrompt {
    static let version = 1
    /// Source text sent per item: enough for a 简介, bounded in cost.
    private static let sourceLimit = 3000

    private static let style = """
        你是《云原生相关信息简报》(中文月刊)的编辑,为一条资讯写初稿。风格参照往期:
        - 标题:中文,简洁,点明主体与事件,例如「Istio 1.26 发布:增强 Gateway API 支持」「Redis 再次开源」「ServiceNow 收购 Data.World 以扩展其 AI 数据战略」。
        - 简介:2–4 句中文,说明是什么、有什么变化、为什么值得关注;不夸张,不写营销语。
        - 新特性速览:仅对版本发布,列出 3–6 条中文要点,每条一句;其他条目给空数组。
        专有名词(项目名、API、命令)保留英文原文。只回答一个 JSON 对象,不要 Markdown,不要解释:
        {"headline": "…", "summary": "…", "highlights": ["…"]}
        """

    let model: String
    let maxTokens: Int

    /// The request body for `item`, with `remembered` (the editors' "X 是什么" paragraph) when known.
    func body(for item: DraftItem, remembered: [GlossaryEntry]) -> Data {
        let request: [String: Any] = [
            "model": model,
            "messages": [
                ["role": "system", "content": Self.style], ["role": "user", "content": user(item, remembered)],
            ],
            "response_format": ["type": "json_object"],
            "temperature": 0.2,
            "max_tokens": maxTokens,
        ]
        return (try? JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])) ?? Data()
    }

    private func user(_ item: DraftItem, _ remembered: [GlossaryEntry]) -> String {
        let lead = item.lead
        var text = "专题:\(item.section.heading)\n来源:\(lead.feed)\n原标题:\(lead.title)\n"
        if let version = item.version { text += "版本:\(version)\n" }
        let source = [lead.summary, lead.content ?? ""].first { !$0.isEmpty } ?? ""
        text += "原文摘录:\n" + String(source.prefix(Self.sourceLimit)) + "\n"
        for entry in remembered where entry.kind == .intro {
            text += "编辑部此前写过的介绍(可参考,不必重复):\n" + entry.lines.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// The fingerprint of what the model is shown: the same entry text gives the same cache key.
    static func contentHash(of item: DraftItem) -> String {
        var hash = FNV1a64()
        for part in [item.lead.title, item.lead.summary, item.lead.content ?? "", item.version ?? ""] {
            hash.mix(part.utf8)
            hash.mix([0])
        }
        return hash.hex
    }
}
