import BriefingFetch
import BriefingModel
import Foundation

/// Sends one item's prompt to the endpoint and reads the answer. A 429 whose Retry-After fits in
/// the timeout is waited out and tried once more; every other failure is a value.
struct AssistClient {
    /// The most an answer may weigh; a bigger one is refused while it arrives.
    static let maxAnswerBytes = 256 << 10

    let settings: AssistSettings
    let key: String?
    let userAgent: String

    func draft(_ body: Data) async -> Result<(MachineDraft, tokens: Int), AssistProblem> {
        let first = await send(body)
        guard case .failure(.rateLimited) = first.result, let wait = first.retryAfter else { return first.result }
        try? await Task.sleep(for: .seconds(wait))
        return await send(body).result
    }

    private func send(_ body: Data) async -> (
        result: Result<(MachineDraft, tokens: Int), AssistProblem>, retryAfter: Double?
    ) {
        let post = JSONPost(
            url: settings.baseURL + "/chat/completions", headers: key.map { ["Authorization: Bearer \($0)"] } ?? [],
            body: body, timeout: settings.timeout, maxBytes: Self.maxAnswerBytes, userAgent: userAgent)
        // The transfer blocks: `send()` runs it on a thread of its own, off the cooperative pool.
        switch await post.send() {
        case .timedOut: return (.failure(.timedOut), nil)
        case .tooLarge: return (.failure(.overLong), nil)
        case .failed: return (.failure(.network), nil)
        case .response(let status, let headers, let answer):
            switch status {
            case 200..<300: return (checked(AssistAnswer.read(answer)), nil)
            case 429: return (.failure(.rateLimited), retryAfter(headers["retry-after"]))
            default: return (.failure(.serverError(status)), nil)
            }
        }
    }

    /// An answer that repeats the key (a hostile or broken server echoing headers) is refused,
    /// so the key can never reach the draft or the store.
    private func checked(_ result: Result<(MachineDraft, tokens: Int), AssistProblem>)
        -> Result<(MachineDraft, tokens: Int), AssistProblem>
    {
        guard let key, !key.isEmpty, case .success(let (draft, _)) = result else { return result }
        let texts = [draft.headline, draft.summary] + draft.highlights
        return texts.contains { $0.contains(key) } ? .failure(.keyInAnswer) : result
    }

    /// Seconds to wait (RFC 9110 §10.2.3, delay-seconds form), when they fit in the request's timeout.
    private func retryAfter(_ value: String?) -> Double? {
        guard let value, let seconds = Int(value.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return nil }
        let limit = Double(settings.timeout.components.seconds)
        return Double(seconds) <= limit ? Double(seconds) : nil
    }
}
