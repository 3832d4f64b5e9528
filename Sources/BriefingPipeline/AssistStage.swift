import BriefingCompose
import BriefingModel
import BriefingStore
import Foundation

/// Machine drafts for a planned month: after the plan, before rendering, never blocking the
/// draft. Each item is asked for once (the answer is cached by content hash, prompt version and
/// model); the month's token budget is a hard stop; items over `max_items` are left alone.
struct AssistStage {
    let settings: AssistSettings
    let store: Store
    let timeZone: TimeZone
    let userAgent: String
    let now: @Sendable () -> Date

    /// `notes` with a machine draft added to the chosen items that could get one, and the report.
    func draft(_ plan: DraftPlan, notes: [Int64: ItemNotes]) async throws -> ([Int64: ItemNotes], AssistReport) {
        var notes = notes
        var report = AssistReport()
        report.endpoint = settings.baseURL
        let items = Section.allCases.flatMap { plan.items[$0] ?? [] }
        report.miss(.overMaxItems, count: items.count - settings.maxItems)
        let key = try apiKey()
        var spent = try store.assistTokens(
            since: Month(containing: now(), in: timeZone).window(in: timeZone).lowerBound)
        for item in items.prefix(settings.maxItems) {
            let hash = AssistPrompt.contentHash(of: item)
            if let cached = try store.cachedMachineDraft(
                contentHash: hash, promptVersion: AssistPrompt.version, model: settings.model)
            {
                notes[item.lead.id, default: ItemNotes()].machine = cached
                report.drafted += 1
                report.cached += 1
                continue
            }
            if case .failure(let problem) = key {
                report.miss(problem)
                continue
            }
            let remembered = notes[item.lead.id]?.remembered ?? []
            let remaining = settings.monthlyTokenBudget - spent
            let prompt = AssistPrompt(model: settings.model, maxTokens: min(Self.answerTokens, remaining))
            let body = prompt.body(for: item, remembered: remembered)
            // A hard stop: ask only when the prompt and a whole answer fit in what is left.
            guard Self.estimatedTokens(body) + Self.answerTokens <= remaining else {
                report.miss(.budgetReached)
                continue
            }
            let client = AssistClient(settings: settings, key: try? key.get(), userAgent: userAgent)
            switch await client.draft(body) {
            case .failure(let problem): report.miss(problem)
            case .success(let (draft, tokens)):
                try store.cacheMachineDraft(
                    draft, contentHash: hash, promptVersion: AssistPrompt.version, model: settings.model,
                    tokens: tokens, at: now())
                spent += tokens
                report.tokens += tokens
                report.drafted += 1
                notes[item.lead.id, default: ItemNotes()].machine = draft
            }
        }
        return (notes, report)
    }

    /// The most tokens an answer may take (`max_tokens`): a headline, four sentences, a few bullets.
    private static let answerTokens = 1024

    /// A generous count of the tokens of a request: one per two bytes of UTF-8 (a CJK character
    /// is three bytes and one or two tokens; English averages four bytes a token).
    private static func estimatedTokens(_ body: Data) -> Int { body.count / 2 }

    /// The key from the environment variable named by `api_key_env`; none when no variable is named.
    private func apiKey() throws -> Result<String?, AssistProblem> {
        guard let name = settings.apiKeyEnv else { return .success(nil) }
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            return .failure(.keyMissing(name))
        }
        return .success(value)
    }
}
