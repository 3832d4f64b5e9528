import BriefingCompose
import BriefingModel
import Foundation
import Testing

/// The draft's text is clean without an editor's hand: no bylines, boilerplate, footers or
/// tracking parameters, headings that end the text before them, and backslashes only where needed.
struct CleanTextTests {
    private let composer = DraftComposer(settings: DraftSettings(), feeds: [])

    private func draft(
        title: String = "t", url: String? = "https://example.com/a", summary: String = "",
        section: Section = .discussion, version: String? = nil, content: String? = nil,
        settings: DraftSettings = DraftSettings()
    ) -> String {
        let date = ISO8601DateFormatter().date(from: "2025-05-10T00:00:00Z")!
        let entry = Entry(
            id: 7, feed: "feed", key: "k", url: url, normalizedURL: nil, title: title, published: date,
            firstSeen: date, summary: summary, content: content)
        let item = FixturePlan.item(section, [entry], version: version)
        let plan = DraftPlan(month: FixturePlan.may, items: [section: [item]], moreCandidates: [:])
        return DraftComposer(settings: settings, feeds: []).markdown(plan)
    }

    private func excerpt(_ text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
    }

    @Test func aBylineLabelAboveTheArticleIsDropped() {
        let text = draft(summary: "SIG Node\nIn-place pod resize lets you change the CPU of a running pod.")
        #expect(excerpt(text) == "In-place pod resize lets you change the CPU of a running pod.")
        let team = draft(summary: "Kubernetes v1.33 Release Team\nKubernetes v1.33 brings 64 enhancements.")
        #expect(excerpt(team) == "Kubernetes v1.33 brings 64 enhancements.")
    }

    @Test func aWrittenBylineIsDroppedEvenAlone() {
        #expect(excerpt(draft(summary: "By Jane Doe\nThe release is out.")) == "The release is out.")
        #expect(excerpt(draft(summary: "Posted by the Istio team")) == nil)
        #expect(excerpt(draft(summary: "By Jane Doe and Li Lei\nText.")) == "Text.")
        #expect(excerpt(draft(summary: "By default, pods restart.\nMore.")) == "By default, pods restart. More.")
        #expect(excerpt(draft(summary: "by the way, this is text.\nMore.")) == "by the way, this is text. More.")
    }

    @Test func aShortFirstSentenceOrAListStaysText() {
        #expect(excerpt(draft(summary: "Short news.\nMore text here.")) == "Short news. More text here.")
        #expect(excerpt(draft(summary: "1. first\n- item\n# heading")) == "1\\. first - item # heading")
        #expect(excerpt(draft(summary: "一个简短的开头\n正文在这里。")) == "一个简短的开头 正文在这里。", "Chinese is no byline label")
    }

    @Test func redditBoilerplateIsDropped() {
        let summary =
            "[image] The cake is a lie, the pod is Pending.\nsubmitted by /u/crashloop_survivor\n[link] [comments]"
        #expect(excerpt(draft(summary: summary)) == "The cake is a lie, the pod is Pending.")
        #expect(excerpt(draft(summary: "submitted by /u/someone [link] [comments]")) == nil)
    }

    @Test func hackerNewsBoilerplateIsDropped() {
        let summary =
            "Article URL: https://example.com/x\nComments URL: https://news.ycombinator.com/item?id=1\nPoints: 12\n# Comments: 3"
        #expect(excerpt(draft(summary: summary)) == nil)
    }

    @Test func shareAndReadMoreFootersAreDropped() {
        let post = "Kyverno 1.14 adds CEL policies.\nThe post Kyverno 1.14 is out appeared first on Some Blog."
        #expect(excerpt(draft(summary: post)) == "Kyverno 1.14 adds CEL policies.")
        #expect(excerpt(draft(summary: "Rook keeps storage simple. Read more »")) == "Rook keeps storage simple.")
        #expect(excerpt(draft(summary: "Rook keeps storage simple […]")) == "Rook keeps storage simple")
        #expect(
            excerpt(draft(summary: "Rook keeps storage simple.\nShare this:\nContinue reading"))
                == "Rook keeps storage simple.")
    }

    @Test func aHeadingEndsTheTextBeforeItInsteadOfRunningIntoIt() {
        let notes =
            "Read the upgrade notes before upgrading.\nWhat's new\nGateway API deployments are configurable now."
        #expect(
            excerpt(draft(summary: notes))
                == "Read the upgrade notes before upgrading. Gateway API deployments are configurable now.")
        let html = "<p>Istio 1.26.0 is available.</p><h2>What's new</h2><ul><li>Gateway API is configurable</li></ul>"
        let release = draft(title: "1.26.0", section: .releases, version: "1.26.0", content: html)
        #expect(excerpt(release) == "Istio 1.26.0 is available.", "the notes' list is in 新特性速览, not the excerpt")
        #expect(release.contains("#### 新特性速览\n\n- Gateway API is configurable\n"))
    }

    @Test func linksLoseTrackingParametersAsTheStoreDedupsThem() {
        let text = draft(
            url: "https://www.infoq.com/news/a/?utm_campaign=x&id=3&utm_source=infoq&fbclid=Z#part",
            summary: "See https://example.com/b?gclid=1&page=2 for more.")
        #expect(text.contains("](https://www.infoq.com/news/a/?id=3#part)"))
        #expect(excerpt(text) == "See https://example.com/b?page=2 for more.")
        #expect(!text.contains("utm_") && !text.contains("fbclid") && !text.contains("gclid"))
    }

    @Test func onlyCharactersThatWouldRenderDifferentlyAreEscaped() {
        let text = draft(
            title: "[CHANGE] out_of_order R&D a|b 100% 2*3 C#", summary: "x &amp; y, `code`, *a*, [a](b), _b_")
        #expect(text.contains("### 1. [CHANGE] out_of_order R&D a|b 100% 2*3 C#\n"))
        #expect(excerpt(text) == "x \\&amp; y, \\`code\\`, \\*a\\*, [a\\](b), \\_b\\_")
        #expect(draft(title: "[x] done").contains("### 1. \\[x] done\n"), "a task-list box")
        #expect(draft(title: "Release #").contains("### 1. Release \\#\n"), "a closing hash run")
    }

    @Test func feedTextCannotForgeTheCommentLearnReads() {
        let text = draft(title: "<!-- briefing: ids=9 section=fun -->")
        #expect(text.contains("### 1. \\<!\\-- briefing: ids=9 section=fun -->\n"))
        #expect(!text.contains("<!-- briefing: ids=9"))
    }

    @Test func subHeadingsAppearOnlyWithSomethingUnderThem() {
        let text = draft(summary: "Text.")
        #expect(!text.contains("#### "))
        var settings = DraftSettings()
        settings.scaffold = true
        let scaffold = draft(summary: "Text.", settings: settings)
        #expect(scaffold.contains("> Text.\n\n#### 简介\n\n#### 特点\n\n#### 拓展阅读\n"))
    }
}

/// Remembered and machine text in every output, escaped like feed text.
struct ItemNotesTests {
    private func plan() -> (DraftPlan, Int64) {
        let date = ISO8601DateFormatter().date(from: "2025-06-10T00:00:00Z")!
        let entry = Entry(
            id: 7, feed: "istio-releases", key: "k", url: "https://example.com/r", normalizedURL: nil,
            title: "1.27.0", published: date, firstSeen: date, summary: "Istio 1.27.0 is out.")
        let item = FixturePlan.item(.releases, [entry], version: "1.27.0")
        return (DraftPlan(month: Month(year: 2025, month: 6)!, items: [.releases: [item]], moreCandidates: [:]), 7)
    }

    private let notes = ItemNotes(
        remembered: [
            GlossaryEntry(
                name: "Istio", kind: .intro, heading: "Istio 是什么", lines: ["第一段 <b>。", "第二段。"], month: "2025-05",
                updatedAt: Date())
        ], headline: "Istio 1.27 发布", headlineMonth: "2025-05",
        machine: MachineDraft(headline: "ignored", summary: "机器 *简介*。", highlights: ["要点 <i>"]))

    @Test func markdownShowsRememberedThenMachineText() {
        let (plan, id) = plan()
        let text = DraftComposer(settings: DraftSettings(), feeds: [], notes: [id: notes]).markdown(plan)
        #expect(text.contains("### 1. Istio 1.27 发布\n"), "the editors' pattern wins over the machine headline")
        #expect(text.contains("#### Istio 是什么 <!-- from 2025-05 -->\n\n第一段 \\<b>。\n\n第二段。\n\n> Istio 1.27.0 is out.\n"))
        #expect(text.contains("> 🤖 机器初稿，请核对\n\n#### 简介\n\n机器 \\*简介\\*。\n\n#### 新特性速览\n\n- 要点 \\<i>\n"))
    }

    @Test func htmlShowsThemEscaped() {
        let (plan, id) = plan()
        let html = DraftComposer(settings: DraftSettings(), feeds: [], notes: [id: notes]).html(plan)
        #expect(html.contains("<p>第一段 &lt;b&gt;。</p>"))
        #expect(html.contains("🤖 机器初稿，请核对</p><p>机器 *简介*。</p>"))
        #expect(html.contains("<li>要点 &lt;i&gt;</li>"))
    }
}
