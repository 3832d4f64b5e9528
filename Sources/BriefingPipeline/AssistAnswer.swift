import BriefingModel
import Foundation

/// Reads a chat-completions answer: `choices[0].message.content` and `usage.total_tokens`. The
/// content is the JSON object asked for; a server that ignored `response_format` and answered
/// plain text gives the summary only. Anything longer than the briefing would print is refused.
enum AssistAnswer {
    private static let headlineLimit = 120
    private static let summaryLimit = 1200
    private static let highlightLimit = 300
    private static let highlightCount = 8

    static func read(_ body: Data) -> Result<(MachineDraft, tokens: Int), AssistProblem> {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let choices = object["choices"] as? [[String: Any]],
            let message = choices.first?["message"] as? [String: Any],
            let content = message["content"] as? String
        else { return .failure(.malformed) }
        let usage = object["usage"] as? [String: Any]
        let tokens = (usage?["total_tokens"] as? Int) ?? 0
        return draft(from: content).map { ($0, tokens) }
    }

    private static func draft(from content: String) -> Result<MachineDraft, AssistProblem> {
        let text = content.trimmingCharacters(in: .whitespacesAndNewlines)
        let draft: MachineDraft
        if text.hasPrefix("{") || text.hasPrefix("```") {
            guard let object = jsonObject(in: text), let summary = object["summary"] as? String else {
                return .failure(.malformed)
            }
            let highlights = (object["highlights"] as? [Any] ?? []).compactMap { $0 as? String }
            draft = MachineDraft(
                headline: object["headline"] as? String ?? "", summary: summary, highlights: highlights)
        } else {
            draft = MachineDraft(headline: "", summary: text, highlights: [])
        }
        guard fits(draft) else { return .failure(.overLong) }
        guard !draft.summary.isEmpty else { return .failure(.malformed) }
        return .success(draft)
    }

    /// The object of `text`, also inside a ```json fence some models add anyway.
    private static func jsonObject(in text: String) -> [String: Any]? {
        guard let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(text[open...close].utf8)) as? [String: Any]
    }

    private static func fits(_ draft: MachineDraft) -> Bool {
        draft.headline.count <= headlineLimit && draft.summary.count <= summaryLimit
            && draft.highlights.count <= highlightCount && draft.highlights.allSatisfy { $0.count <= highlightLimit }
    }
}
