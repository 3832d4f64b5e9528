import BriefingModel
import Testing

@testable import BriefingConfig

/// `assist:` and `draft.scaffold` in feeds.yaml: off by default, checked with messages naming the line.
@Suite struct AssistConfigTests {
    private let feeds = "feeds:\n  - name: etcd\n    url: https://github.com/etcd-io/etcd/releases.atom\n"

    private func message(_ text: String) -> String? {
        do {
            _ = try ConfigLoader.parse(text + feeds, path: "feeds.yaml")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func assistIsOffUnlessConfigured() throws {
        let config = try ConfigLoader.parse(feeds, path: "feeds.yaml")
        #expect(config.assist == nil)
        #expect(config.draft.scaffold == false)
    }

    @Test func everyAssistKeyIsRead() throws {
        let text = """
            draft: {scaffold: true}
            assist:
              base_url: https://api.deepseek.com/v1/
              model: deepseek-chat
              api_key_env: DEEPSEEK_API_KEY
              max_items: 5
              monthly_token_budget: 50_000
              timeout: 20s

            """
        let config = try ConfigLoader.parse(text + feeds, path: "feeds.yaml")
        let assist = try #require(config.assist)
        #expect(assist.baseURL == "https://api.deepseek.com/v1")
        #expect(assist.model == "deepseek-chat")
        #expect(assist.apiKeyEnv == "DEEPSEEK_API_KEY")
        #expect(assist.maxItems == 5)
        #expect(assist.monthlyTokenBudget == 50_000)
        #expect(assist.timeout == .seconds(20))
        #expect(config.draft.scaffold)
    }

    @Test func aKeyPastedInsteadOfAVariableNameIsRefused() throws {
        let text = "assist: {base_url: \"https://api.example.com/v1\", model: m, api_key_env: \"sk-abc123-def\"}\n"
        let problem = try #require(message(text))
        #expect(
            problem.contains("expected the name of an environment variable (e.g. DEEPSEEK_API_KEY), not the key itself")
        )
        #expect(problem.contains("feeds.yaml:1"))
        #expect(!problem.contains("sk-abc123-def"), "the key is not repeated in the message")
    }

    @Test func baseURLAndModelAreRequired() throws {
        #expect(message("assist: {model: m}\n")?.contains("assist needs base_url") == true)
        #expect(message("assist: {base_url: \"https://a.example/v1\"}\n")?.contains("assist needs model") == true)
        #expect(
            message("assist: {base_url: \"ftp://a.example\", model: m}\n")?.contains("expected an http(s) URL") == true)
    }
}
