/// What the machine drafts of one compose did: how many items got text (and how many of those
/// from the cache), how many got none and why.
public struct AssistReport: Sendable, Hashable {
    public var drafted = 0
    public var cached = 0
    public var tokens = 0
    /// The configured `base_url`, named when something went wrong.
    public var endpoint = ""
    var missing: [AssistProblem: Int] = [:]

    /// Items that got no machine text.
    public var none: Int { missing.values.reduce(0, +) }

    /// The one line a run prints:
    /// `assist: 5 items drafted (2 from the cache, 1830 tokens); 3 got none: 2 timed out, 1 HTTP 500 (base_url https://…)`.
    public var line: String {
        var text = "assist: \(drafted) items drafted (\(cached) from the cache, \(tokens) tokens)"
        guard none > 0 else { return text }
        let reasons = missing.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.reason)" }
        text += "; \(none) got none: " + reasons.joined(separator: ", ")
        return text + " (base_url \(endpoint))"
    }

    mutating func miss(_ problem: AssistProblem, count: Int = 1) {
        guard count > 0 else { return }
        missing[problem, default: 0] += count
    }
}
