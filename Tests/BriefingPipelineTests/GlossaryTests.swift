import Foundation
import Testing

/// The editors' own words come back: what they wrote about a project in May's finished issue
/// opens June's item about it.
struct GlossaryTests {
    /// The demo run for May, the finished May issue learned, and an Istio 1.27.0 release in June.
    private func learnedMay() throws -> DemoMonth {
        let demo = try DemoMonth()
        let finished = try String(contentsOf: try Fixture.url("briefing-2025-05.txt"), encoding: .utf8)
        try demo.edit(finished, as: "drafts/2025-05.txt")
        let learn = try demo.run(["learn", "drafts/2025-05.txt"])
        #expect(learn.status == 0, "stderr: \(learn.stderr)")
        #expect(learn.stdout.contains("editors' texts remembered for later months"))
        let feed = demo.sandbox.file("feeds/istio-releases.atom")
        let june = """
              <entry>
                <id>tag:github.com,2008:Repository/74175805/1.27.0</id>
                <updated>2025-06-12T08:00:00Z</updated>
                <link rel="alternate" type="text/html" href="https://github.com/istio/istio/releases/tag/1.27.0"/>
                <title>Istio 1.27.0</title>
                <content type="html">&lt;p&gt;Istio 1.27.0 is generally available.&lt;/p&gt;&lt;h2&gt;What's new&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Native nftables support in ambient mode.&lt;/li&gt;&lt;/ul&gt;</content>
              </entry>
            """
        let text = try String(contentsOf: feed, encoding: .utf8)
        guard let first = text.range(of: "  <entry>") else { throw GlossaryTestError.noEntry }
        try text.replacingCharacters(in: first, with: june + "\n  <entry>").write(
            to: feed, atomically: true, encoding: .utf8)
        return demo
    }

    private func juneItem(_ demo: DemoMonth, headline: String) throws -> String? {
        let run = try demo.run(["run", "--month", "2025-06"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let draft = try demo.sandbox.read("drafts/2025-06.md")
        return draft.components(separatedBy: "\n### ").first { $0.contains(headline) }
    }

    @Test func aProjectParagraphFromMayOpensJunesItem() throws {
        let demo = try learnedMay()
        let item = try #require(try juneItem(demo, headline: "Istio"))
        #expect(item.hasPrefix("1. Istio 1.27 发布\n"), "the editors' headline pattern, the version shaped like theirs")
        #expect(item.contains("<!-- 标题沿用 2025-05 的写法 -->"))
        #expect(item.contains("#### Istio 是什么 <!-- from 2025-05 -->\n\nIstio 扩展了 Kubernetes 以建立可编程的应用程序感知网络。"))
        #expect(item.contains("使用 Istio 安全可靠地轻松构建云原生工作负载,无论有没有 sidecar。\n"))
        #expect(!item.contains("Gateway API 自动资源支持全面可配置"), "May's 新特性速览 is May's news, not remembered")
    }

    @Test func glossaryListsForgetsAndEditsWhatIsRemembered() throws {
        let demo = try learnedMay()
        let listed = try demo.run(["glossary", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let names = Set(entries.compactMap { $0["name"] as? String })
        #expect(names.isSuperset(of: ["Istio", "etcd", "Rancher Elemental", "MCP"]))
        let scenarios = try #require(entries.first { $0["kind"] as? String == "scenarios" })
        #expect(scenarios["name"] as? String == "Rancher Elemental")
        #expect((scenarios["lines"] as? [String])?.first == "大规模边缘设备自动部署(零售、交通、制造等行业)")

        #expect(try demo.run(["glossary", "forget", "istio", "--kind", "intro"]).status == 0)
        let forgotten = try #require(try juneItem(demo, headline: "Istio"))
        #expect(!forgotten.contains("Istio 是什么"))
        #expect(forgotten.hasPrefix("1. Istio 1.27 发布\n"), "only the intro was forgotten")

        let edit = try demo.run(["glossary", "edit", "Istio", "--text", "Istio 是服务网格。", "--text", "第二段。"])
        #expect(edit.status == 0, "stderr: \(edit.stderr)")
        let edited = try #require(try juneItem(demo, headline: "Istio"))
        #expect(edited.contains("#### Istio 是什么 <!-- from edit -->\n\nIstio 是服务网格。\n\n第二段。\n"))

        let unknown = try demo.run(["glossary", "forget", "Nothing"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("nothing is remembered under 'Nothing'; 'briefing glossary' lists the names"))
    }

    @Test func aDryRunRemembersNothing() throws {
        let demo = try DemoMonth()
        let finished = try String(contentsOf: try Fixture.url("briefing-2025-05.txt"), encoding: .utf8)
        try demo.edit(finished, as: "drafts/2025-05.txt")
        let dry = try demo.run(["learn", "drafts/2025-05.txt", "--dry-run"])
        #expect(dry.status == 0, "stderr: \(dry.stderr)")
        #expect(dry.stdout.contains("editors' texts to remember for later months"))
        #expect(
            try demo.run(["glossary", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    private enum GlossaryTestError: Error { case noEntry }
}
