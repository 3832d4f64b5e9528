import BriefingCompose
import BriefingModel
import Testing

struct TemplateTests {
    private let composer = DraftComposer(settings: DraftSettings(templatePath: "/etc/briefing/t.mustache"), feeds: [])

    @Test func customTemplateRendersSectionsAndItems() throws {
        let template = """
            # {{{title}}}
            {{#sections}}
            ## {{number}} {{key}}{{#empty}} (none){{/empty}}
            {{#items}}
            - {{number}} {{{headline}}} {{{source.line}}}
            {{/items}}
            {{/sections}}
            """
        let text = try composer.render(try FixturePlan.plan(), templateText: template)
        #expect(text.hasPrefix("# 2025.05 云原生相关信息简报\n"))
        #expect(text.contains("## 4 reports (none)\n"))
        #expect(text.contains("- 1 etcd v3.6.0 发布 [v3.6.0](https://github.com/etcd-io/etcd/releases/tag/v3.6.0)"))
    }

    @Test func templateValuesAreEscapedForMarkdown() throws {
        let text = try composer.render(
            try FixturePlan.plan(), templateText: "{{#sections}}{{#items}}{{{headline}}}\n{{/items}}{{/sections}}")
        #expect(text.contains("\\[x\\](javascript:alert(1)) \\<script>"))
        #expect(!text.contains(" <script>"))
    }

    @Test func invalidTemplateNamesTheFile() throws {
        #expect {
            try composer.render(try FixturePlan.plan(), templateText: "{{#sections}} unclosed")
        } throws: { error in
            guard let error = error as? DraftTemplateError else { return false }
            return error.exitStatus == .invalidConfig
                && error.message.hasPrefix("draft template /etc/briefing/t.mustache ")
        }
    }
}
