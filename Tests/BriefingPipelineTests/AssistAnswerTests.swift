import BriefingModel
import Foundation
import Testing

@testable import BriefingPipeline

/// The request one item makes and how an answer is read, without a server.
struct AssistAnswerTests {
    private func completion(_ content: String, tokens: Int = 50) -> Data {
        let object: [String: Any] = [
            "choices": [["message": ["role": "assistant", "content": content]]], "usage": ["total_tokens": tokens],
        ]
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    }

    @Test func theJSONObjectAskedForIsRead() throws {
        let answer = AssistAnswer.read(completion(#"{"headline":"标题","summary":"简介。","highlights":["一"]}"#, tokens: 77))
        let (draft, tokens) = try answer.get()
        #expect(draft == MachineDraft(headline: "标题", summary: "简介。", highlights: ["一"]))
        #expect(tokens == 77)
    }

    @Test func aFencedObjectIsReadAndPlainTextIsTheSummary() throws {
        let fenced = try AssistAnswer.read(completion("```json\n{\"summary\": \"简介。\"}\n```")).get()
        #expect(fenced.0.summary == "简介。")
        let plain = try AssistAnswer.read(completion("就是一段话。")).get()
        #expect(plain.0 == MachineDraft(headline: "", summary: "就是一段话。", highlights: []))
    }

    @Test func whatTheBriefingWouldNotPrintIsRefused() {
        let long = String(repeating: "长", count: 2000)
        #expect(throws: AssistProblem.overLong) { try AssistAnswer.read(completion(long)).get() }
        let many = #"{"summary":"s","highlights":["1","2","3","4","5","6","7","8","9"]}"#
        #expect(throws: AssistProblem.overLong) { try AssistAnswer.read(completion(many)).get() }
        #expect(throws: AssistProblem.malformed) { try AssistAnswer.read(Data("{\"choices\": []}".utf8)).get() }
        #expect(throws: AssistProblem.malformed) { try AssistAnswer.read(completion(#"{"headline":"only"}"#)).get() }
    }

    @Test func thePromptCarriesTheStyleTheSourceAndTheRememberedParagraph() throws {
        let date = Date(timeIntervalSince1970: 1_747_000_000)
        let entry = Entry(
            id: 1, feed: "istio-releases", key: "k", url: nil, normalizedURL: nil, title: "1.27.0", firstSeen: date,
            summary: "Istio 1.27.0 is generally available.")
        let item = DraftItem(
            section: .releases, lead: entry, version: "1.27.0", score: 1, confidence: 0.9, why: "r", needsReview: false)
        let remembered = GlossaryEntry(
            name: "Istio", kind: .intro, heading: "Istio 是什么", lines: ["Istio 扩展了 Kubernetes。"], month: "2025-05",
            updatedAt: date)
        let body = AssistPrompt(model: "m", maxTokens: 300).body(for: item, remembered: [remembered])
        let request = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(request["max_tokens"] as? Int == 300)
        let messages = try #require(request["messages"] as? [[String: String]])
        #expect(messages.first?["content"]?.contains("Istio 1.26 发布") == true, "the briefing's headline style")
        let user = try #require(messages.last?["content"])
        #expect(user.contains("原标题:1.27.0") && user.contains("版本:1.27.0"))
        #expect(user.contains("Istio 1.27.0 is generally available."))
        #expect(user.contains("Istio 扩展了 Kubernetes。"))
        #expect(
            AssistPrompt.contentHash(of: item)
                != AssistPrompt.contentHash(
                    of: DraftItem(
                        section: .releases, lead: entry, version: "1.27.1", score: 1, confidence: 0.9, why: "r",
                        needsReview: false)))
    }
}
