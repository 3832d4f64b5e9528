import BriefingCompose
import BriefingModel
import Foundation
import Testing

struct EscapingTests {
    private let composer = DraftComposer(settings: DraftSettings(), feeds: [])

    private func plan(title: String, url: String?, summary: String = "", feed: String = "feed") -> DraftPlan {
        let date = ISO8601DateFormatter().date(from: "2025-05-10T00:00:00Z")!
        let entry = Entry(
            id: 7, feed: feed, key: "k", url: url, normalizedURL: nil, title: title, published: date,
            firstSeen: date, summary: summary)
        let item = FixturePlan.item(.news, [entry])
        return DraftPlan(month: FixturePlan.may, items: [.news: [item]], moreCandidates: [.fun: [item]])
    }

    /// Link or image destinations that Markdown would act on: `](` not preceded by a backslash.
    private func activeTargets(_ text: String) -> [Substring] {
        var targets: [Substring] = []
        var index = text.startIndex
        while let found = text[index...].firstRange(of: "](") {
            let escaped = found.lowerBound > text.startIndex && text[text.index(before: found.lowerBound)] == "\\"
            if !escaped { targets.append(text[found.upperBound...].prefix { $0 != ")" }) }
            index = found.upperBound
        }
        return targets
    }

    /// `<` that Markdown would read as the start of HTML: not backslash-escaped, not our own comments.
    private func rawAngles(_ text: String) -> Int {
        let withoutComments = text.replacingOccurrences(of: "<!-- briefing:", with: "")
        var count = 0
        var previous: Character = " "
        for character in withoutComments {
            if character == "<" && previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }

    @Test func javascriptLinkTitleIsInertText() {
        let text = composer.markdown(plan(title: "[x](javascript:alert(1))", url: "https://example.com/a"))
        #expect(text.contains("### 1. \\[x\\](javascript:alert(1))\n"))
        #expect(text.contains("来源:[\\[x\\](javascript:alert(1))](https://example.com/a)"))
        #expect(activeTargets(text) == ["https://example.com/a", "https://example.com/a"])
    }

    @Test func scriptTagIsEscapedNotRawHTML() {
        let text = composer.markdown(
            plan(
                title: "<script>alert(1)</script>", url: "https://example.com/a",
                summary: "<img src=x onerror=alert(1)>"))
        #expect(text.contains("\\<script>alert(1)\\</script>"))
        #expect(text.contains("> \\<img src=x onerror=alert(1)>"))
        #expect(rawAngles(text) == 0)
    }

    @Test func imageMarkupIsEscaped() {
        let text = composer.markdown(plan(title: "![img](http://x/y.png)", url: "https://example.com/a"))
        #expect(text.contains("### 1. ![img\\](http://x/y.png)\n"))
        #expect(activeTargets(text) == ["https://example.com/a", "https://example.com/a"])
    }

    @Test func emphasisCodeTablesAndLineStartsAreEscaped() {
        let text = composer.markdown(
            plan(
                title: "# `rm -rf` *bold* _it_ a|b ~~s~~", url: "https://example.com/a",
                summary: "1. first\n- item\n# heading"))
        #expect(text.contains("### 1. \\# \\`rm -rf\\` \\*bold\\* \\_it\\_ a|b \\~\\~s\\~\\~\n"))
        #expect(text.contains("> 1\\. first - item # heading\n"), "one line, start escaped")
    }

    @Test func onlyHTTPLinksBecomeLinks() {
        let text = composer.markdown(plan(title: "t", url: "javascript:alert(1)"))
        #expect(text.contains("来源:t (javascript:alert(1)) — feed"))
        #expect(activeTargets(text).isEmpty)
        let data = composer.markdown(plan(title: "t", url: "data:text/html;base64,PHNjcmlwdD4="))
        #expect(activeTargets(data).isEmpty)
    }

    @Test func linkDestinationsCannotBreakOut() {
        let text = composer.markdown(plan(title: "t", url: "https://example.com/a) [x](javascript:alert(1)"))
        #expect(activeTargets(text).isEmpty, "an address with a space is not linked")
        let parens = composer.markdown(plan(title: "t", url: "https://example.com/wiki/A_(b)"))
        #expect(parens.contains("[t](https://example.com/wiki/A_%28b%29)"))
    }

    @Test func sourceNamesAndControlCharactersAreCleaned() {
        let text = composer.markdown(
            plan(title: "a\u{202E}b\u{0007}c\nd", url: "https://example.com/a", feed: "*feed*"))
        #expect(text.contains("### 1. abc d\n"))
        #expect(text.contains("— \\*feed\\* · 2025-05-10"))
    }

    @Test func htmlPreviewEscapesEverythingAndLinksOnlyHTTP() {
        let html = composer.html(
            plan(
                title: "<script>alert(1)</script>", url: "javascript:alert(1)",
                summary: "\"><img src=x onerror=alert(1)>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Content-Security-Policy"))
        let linked = composer.html(plan(title: "t", url: "https://example.com/?a=1&b=\"2\""))
        #expect(
            linked.contains(
                "<a href=\"https://example.com/?a=1&amp;b=%222%22\" rel=\"noopener noreferrer nofollow\">t</a>"))
    }

    @Test func jsonKeepsRawTextAsDataAndDropsUnsafeLinks() throws {
        let json = composer.json(plan(title: "[x](javascript:alert(1))", url: "javascript:alert(1)"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let sections = try #require(object?["sections"] as? [[String: Any]])
        let item = try #require((sections[1]["items"] as? [[String: Any]])?.first)
        #expect(item["headline"] as? String == "[x](javascript:alert(1))")
        let source = try #require(item["source"] as? [String: Any])
        #expect(source["url"] == nil)
        #expect(source["unlinkedURL"] as? String == "javascript:alert(1)")
    }
}
