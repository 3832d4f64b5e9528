/// Machine drafts through an OpenAI-compatible chat-completions endpoint (`assist:` in
/// feeds.yaml); absent means off. The key is never part of the settings: only the name of the
/// environment variable that holds it.
public struct AssistSettings: Sendable, Hashable {
    /// The API root, e.g. `https://api.deepseek.com/v1`; `/chat/completions` is appended.
    public var baseURL: String
    public var model: String
    /// The environment variable holding the API key; nil for servers that need none (a local Ollama).
    public var apiKeyEnv: String?
    /// At most this many items get a machine draft per run (cached ones included).
    public var maxItems: Int
    /// Tokens the endpoint may bill in one calendar month; reaching it stops asking (a hard stop).
    public var monthlyTokenBudget: Int
    /// The deadline of one request, connection included.
    public var timeout: Duration

    public init(
        baseURL: String, model: String, apiKeyEnv: String? = nil, maxItems: Int = 20,
        monthlyTokenBudget: Int = 200_000, timeout: Duration = .seconds(60)
    ) {
        self.baseURL = baseURL
        self.model = model
        self.apiKeyEnv = apiKeyEnv
        self.maxItems = maxItems
        self.monthlyTokenBudget = monthlyTokenBudget
        self.timeout = timeout
    }
}
