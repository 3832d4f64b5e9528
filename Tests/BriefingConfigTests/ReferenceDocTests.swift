import Foundation
import Testing

@testable import BriefingConfig

/// The feeds.yaml reference in README.md must stay valid.
@Suite struct ReferenceDocTests {
    private func yamlBlocks() throws -> [String] {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
    }

    @Test func everyYAMLExampleLoads() throws {
        let blocks = try yamlBlocks()
        #expect(blocks.count >= 2)
        for block in blocks {
            #expect(throws: Never.self) { _ = try ConfigLoader.parse(block, path: "/doc/feeds.yaml") }
        }
    }

    @Test func everyKeyIsDocumented() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let keys =
            ConfigReader.topLevelKeys + FetchSettingsReader.keys + ClassifySettingsReader.keys
            + DraftSettingsReader.keys + AssistSettingsReader.keys + ServeSettingsReader.keys
            + FeedListReader.keys + RuleReader.ruleKeys + RuleReader.matcherKeys
        for key in keys {
            #expect(text.contains("`\(key)`"), "\(key) is not in README.md")
        }
    }
}
