/// Why an item got no machine draft. Messages never carry the key, a header or the answer's body.
enum AssistProblem: Error, Hashable, Comparable {
    case timedOut
    case rateLimited
    case serverError(Int)
    case network
    case malformed
    case overLong
    case budgetReached
    case overMaxItems
    case keyMissing(String)
    case keyInAnswer

    /// A few words for the one line a run prints: `2 timed out`.
    var reason: String {
        switch self {
        case .timedOut: "timed out"
        case .rateLimited: "rate-limited (HTTP 429)"
        case .serverError(let status): "HTTP \(status)"
        case .network: "could not connect"
        case .malformed: "answer not the JSON asked for"
        case .overLong: "answer too long"
        case .budgetReached: "monthly_token_budget reached"
        case .overMaxItems: "over max_items"
        case .keyMissing(let name): "environment variable \(name) not set"
        case .keyInAnswer: "answer repeated the API key"
        }
    }
}
