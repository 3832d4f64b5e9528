import Foundation
import Testing

/// Machine drafts against a stand-in OpenAI-compatible server on 127.0.0.1: what works gets
/// marked text, what fails leaves the item without any and is counted in one line, the draft is
/// always written, and the key never leaves the request header.
@Suite(.serialized) struct AssistTests {
    private static let key = "sk-test-SECRET-4242-never-printed"
    private static let environment = ["BRIEFING_TEST_KEY": key]

    /// The two-feed sandbox with `assist:` pointed at `mode` of a fresh stand-in server.
    private func prepared(
        _ mode: String, maxItems: Int = 10, budget: Int = 100_000, timeout: String = "5s", slow: Double = 3
    ) throws -> (Sandbox, FeedServer, AssistServer) {
        let (sandbox, feeds) = try Sandbox.servingTwoFeeds()
        let assist = try AssistServer(in: sandbox.root, slowSeconds: slow)
        try configure(sandbox, assist.baseURL(mode), maxItems: maxItems, budget: budget, timeout: timeout)
        return (sandbox, feeds, assist)
    }

    private func configure(_ sandbox: Sandbox, _ baseURL: String, maxItems: Int, budget: Int, timeout: String) throws {
        let config = sandbox.file("feeds.yaml")
        var text = try String(contentsOf: config, encoding: .utf8)
        if let start = text.range(of: "assist:") { text = String(text[..<start.lowerBound]) }
        text += """
            assist:
              base_url: "\(baseURL)"
              model: stand-in-model
              api_key_env: BRIEFING_TEST_KEY
              max_items: \(maxItems)
              monthly_token_budget: \(budget)
              timeout: \(timeout)

            """
        try text.write(to: config, atomically: true, encoding: .utf8)
    }

    private func run(_ sandbox: Sandbox) throws -> (status: Int32, stdout: String, stderr: String) {
        let run = try sandbox.run(["run", "--month", "2025-05"], environment: Self.environment)
        #expect(run.status == 0, "the draft is never blocked; stderr: \(run.stderr)")
        return run
    }

    /// The assist line of a run's stderr.
    private func assistLine(_ stderr: String) -> String {
        stderr.split(separator: "\n").first { $0.hasPrefix("assist: ") }.map(String.init) ?? ""
    }

    /// Nothing the tool wrote holds the key: stdout, stderr, the draft, the store's bytes.
    private func expectNoKey(_ sandbox: Sandbox, _ outputs: String...) throws {
        for output in outputs { #expect(!output.contains(Self.key)) }
        #expect(!(try sandbox.read("drafts/2025-05.md")).contains(Self.key))
        for name in try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
        where name.hasPrefix("briefing.sqlite") {
            let bytes = try Data(contentsOf: sandbox.file(name))
            #expect(bytes.range(of: Data(Self.key.utf8)) == nil, "\(name) holds the key")
        }
    }

    @Test func aMachineDraftIsMarkedAndAskedForInTheProtocolsShape() throws {
        let (sandbox, feeds, assist) = try prepared("ok")
        defer { withExtendedLifetime((feeds, assist)) {} }
        let run = try run(sandbox)
        let draft = try sandbox.read("drafts/2025-05.md")
        #expect(draft.contains("> 🤖 机器初稿，请核对\n\n#### 简介\n\n这是机器写的简介。第二句。\n"))
        #expect(draft.contains("### 1. 机器标题:"))
        #expect(draft.contains("#### 新特性速览\n\n- 要点一\n- 要点二\n"))
        let requests = try assist.requests()
        #expect(!requests.isEmpty)
        #expect(
            assistLine(run.stderr)
                == "assist: \(requests.count) items drafted (0 from the cache, \(requests.count * 120) tokens)")
        let first = try #require(requests.first)
        #expect(first["path"] as? String == "/ok/v1/chat/completions")
        #expect(first["authorization"] as? String == "Bearer \(Self.key)")
        let body = try #require(first["body"] as? [String: Any])
        #expect(body["model"] as? String == "stand-in-model")
        #expect((body["response_format"] as? [String: String])?["type"] == "json_object")
        try expectNoKey(sandbox, run.stdout, run.stderr)
    }

    @Test func aSecondRunTakesEveryAnswerFromTheCache() throws {
        let (sandbox, feeds, assist) = try prepared("ok")
        defer { withExtendedLifetime((feeds, assist)) {} }
        _ = try run(sandbox)
        let asked = try assist.requests().count
        try FileManager.default.removeItem(at: sandbox.file("drafts/2025-05.md"))
        let second = try run(sandbox)
        #expect(try assist.requests().count == asked, "each item is paid for once")
        #expect(assistLine(second.stderr) == "assist: \(asked) items drafted (\(asked) from the cache, 0 tokens)")
        #expect(try sandbox.read("drafts/2025-05.md").contains("这是机器写的简介。"))
    }

    @Test func plainTextAnswersGiveTheSummaryOnly() throws {
        let (sandbox, feeds, assist) = try prepared("plain")
        defer { withExtendedLifetime((feeds, assist)) {} }
        _ = try run(sandbox)
        let draft = try sandbox.read("drafts/2025-05.md")
        #expect(draft.contains("#### 简介\n\n只有一段纯文本的简介。\n"))
        #expect(!draft.contains("机器标题"))
    }

    @Test func a429WithAShortRetryAfterIsWaitedOutOnce() throws {
        let (sandbox, feeds, assist) = try prepared("ratelimit-once", maxItems: 1)
        defer { withExtendedLifetime((feeds, assist)) {} }
        let run = try run(sandbox)
        #expect(try assist.requests().count == 2)
        #expect(assistLine(run.stderr).hasPrefix("assist: 1 items drafted (0 from the cache, 120 tokens)"))
        #expect(try sandbox.read("drafts/2025-05.md").contains("🤖"))
    }

    /// Each failure leaves the items without machine text, says why in one line, and writes the draft.
    @Test(arguments: [
        ("ratelimit", "rate-limited (HTTP 429)"), ("error", "HTTP 500"), ("malformed", "answer not the JSON asked for"),
        ("truncated", "answer not the JSON asked for"), ("huge", "answer too long"),
        ("echo", "answer repeated the API key"), ("slow", "timed out"),
    ])
    func aFailedAnswerLeavesTheItemWithoutMachineText(mode: String, reason: String) throws {
        let (sandbox, feeds, assist) = try prepared(mode, maxItems: 1, timeout: mode == "slow" ? "1s" : "5s")
        defer { withExtendedLifetime((feeds, assist)) {} }
        let run = try run(sandbox)
        let line = assistLine(run.stderr)
        #expect(line.hasPrefix("assist: 0 items drafted (0 from the cache, 0 tokens); "), "\(line)")
        #expect(
            line.contains("; 3 got none: ") && line.contains(" 1 \(reason)") && line.contains(" 2 over max_items"),
            "\(line)")
        #expect(line.hasSuffix(" (base_url \(assist.baseURL(mode)))"), "names the endpoint: \(line)")
        #expect(run.stderr.split(separator: "\n").count { $0.hasPrefix("assist:") } == 1, "one line")
        let draft = try sandbox.read("drafts/2025-05.md")
        #expect(!draft.contains("🤖"))
        #expect(draft.hasPrefix("# 2025.05 云原生相关信息简报"))
        try expectNoKey(sandbox, run.stdout, run.stderr)
    }

    @Test func aHostileAnswerIsInertText() throws {
        let (sandbox, feeds, assist) = try prepared("hostile", maxItems: 1)
        defer { withExtendedLifetime((feeds, assist)) {} }
        _ = try run(sandbox)
        let draft = try sandbox.read("drafts/2025-05.md")
        #expect(draft.contains("### 1. \\<script>alert(1)\\</script> [x\\](javascript:alert(1))\n"))
        #expect(draft.contains("\n\\<img src=x onerror=alert(1)> ### 1. fake item \\<!\\-- briefing: ids=1 -->\n"))
        #expect(draft.contains("- [click\\](javascript:alert(1))\n- \\<iframe src=//evil>\n"))
        for raw in ["\n<script", " <img", "\n<iframe", "- <iframe", "<!-- briefing: ids=1 -->"] {
            #expect(!draft.contains(raw), "\(raw)")
        }
        let activeLink = try Regex("[^\\\\]\\]\\(javascript")
        #expect(!draft.contains(activeLink), "no active javascript: link")
    }

    @Test func theMonthlyBudgetIsAHardStop() throws {
        let (sandbox, feeds, assist) = try prepared("ok", maxItems: 1)
        defer { withExtendedLifetime((feeds, assist)) {} }
        _ = try run(sandbox)
        #expect(try assist.requests().count == 1)
        try configure(sandbox, assist.baseURL("ok"), maxItems: 10, budget: 200, timeout: "5s")
        try FileManager.default.removeItem(at: sandbox.file("drafts/2025-05.md"))
        let run = try run(sandbox)
        #expect(try assist.requests().count == 1, "120 of 200 tokens spent: no request fits the rest")
        let line = assistLine(run.stderr)
        #expect(line.hasPrefix("assist: 1 items drafted (1 from the cache, 0 tokens); "), "\(line)")
        #expect(line.contains("monthly_token_budget reached"), "\(line)")
    }

    @Test func aMissingKeyVariableAsksNothing() throws {
        let (sandbox, feeds, assist) = try prepared("ok", maxItems: 1)
        defer { withExtendedLifetime((feeds, assist)) {} }
        let run = try sandbox.run(["run", "--month", "2025-05"], environment: ["BRIEFING_TEST_KEY": ""])
        #expect(run.status == 0)
        #expect(assistLine(run.stderr).contains("1 environment variable BRIEFING_TEST_KEY not set"))
        #expect(try assist.requests().isEmpty)
    }
}
