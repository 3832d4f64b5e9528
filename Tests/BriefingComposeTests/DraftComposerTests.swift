import BriefingCompose
import BriefingModel
import Foundation
import Testing

struct DraftComposerTests {
    private let composer = DraftComposer(settings: FixturePlan.settings, feeds: [])

    @Test func fixtureMonthMatchesGoldenMarkdown() throws {
        try Golden.check(composer.markdown(try FixturePlan.plan()), named: "draft-2025-05.md")
    }

    @Test func fixtureMonthMatchesGoldenHTML() throws {
        try Golden.check(composer.html(try FixturePlan.plan()), named: "draft-2025-05.html")
    }

    @Test func fixtureMonthMatchesGoldenJSON() throws {
        try Golden.check(composer.json(try FixturePlan.plan()), named: "draft-2025-05.json")
    }

    @Test func emptyMonthHasTitleSixHeadingsAndEmptyMarks() throws {
        let plan = DraftPlan(month: FixturePlan.may, items: [:], moreCandidates: [:])
        let text = composer.markdown(plan)
        try Golden.check(text, named: "draft-empty.md")
        #expect(text.hasPrefix("# 2025.05 云原生相关信息简报\n"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings == Section.allCases.map(\.heading) + ["更多候选"])
        #expect(text.components(separatedBy: "本月暂无。").count - 1 == 7)
    }

    @Test func sectionsAppearInOrderAndEmptyOnesSayNone() throws {
        let text = composer.markdown(try FixturePlan.plan())
        let positions = Section.allCases.map { text.range(of: "## " + $0.heading)!.lowerBound }
        #expect(positions == positions.sorted())
        let reports = text.range(of: "## " + Section.reports.heading)!.upperBound
        #expect(text[reports...].hasPrefix("\n\n本月暂无。\n\n## "))
    }

    @Test func itemsAreNumberedWithinEachSection() throws {
        let text = composer.markdown(try FixturePlan.plan())
        let releases = section(of: text, .releases)
        #expect(releases.contains("### 1. etcd v3.6.0 发布\n"))
        #expect(releases.contains("### 2. Announcing Istio 1.26.0\n"))
        #expect(section(of: text, .news).contains("### 1. CNCF and Synadia Align"))
    }

    @Test func groupShowsHeadlineLeadAndOtherLinksAsFurtherReading() throws {
        let text = composer.markdown(try FixturePlan.plan())
        let news = section(of: text, .news)
        #expect(news.contains("### 2. Nutanix 相关的新闻与访谈三则\n"))
        #expect(news.contains("<!-- briefing: ids=31,32,33 section=news confidence=0.90 why=\"group: nutanix\" -->"))
        #expect(news.contains("来源:[Nutanix Unveils Major Platform Expansions at .NEXT 2025]("))
        #expect(news.contains("#### 拓展阅读\n\n- [Nutanix and Pure Storage Partner"))
        #expect(news.contains("- [Q&A: Nutanix CEO Rajiv Ramaswami on the Cloud Native Enterprise]"))
    }

    @Test func releaseShowsVersionHighlightsAndSlots() throws {
        let etcd = section(of: composer.markdown(try FixturePlan.plan()), .releases)
        #expect(etcd.contains("版本:v3.6.0\n"))
        #expect(etcd.contains("#### 新特性速览\n\n- Migration to v3store: the v2store can no longer be enabled\n"))
        #expect(etcd.contains("- Downgrade support & rolling downgrades\n"))
        #expect(!etcd.contains("Memory usage down"), "only the first five highlights")
        #expect(!etcd.contains("alert"))
        #expect(etcd.contains("\n\n#### 拓展阅读\n\n- [The Kubernetes Surgeon’s Handbook"))
        #expect(!etcd.contains("#### 简介") && !etcd.contains("#### 特点"), "no empty sub-headings")
    }

    @Test func highlightsKeepTheOrderOfNestedAndUnclosedListItems() throws {
        let date = ISO8601DateFormatter().date(from: "2025-05-10T00:00:00Z")!
        let notes = "<h2>New</h2><ul><li>A<ul><li>A1</li></ul></li><li>B<li>C &#x2013; &lt;D&gt;</ul><p>tail</p>"
        let entry = Entry(
            id: 1, feed: "f", key: "k", url: nil, normalizedURL: nil, title: "v1.0.0", published: date,
            firstSeen: date, content: notes)
        let item = FixturePlan.item(.releases, [entry], version: "v1.0.0")
        let plan = DraftPlan(month: FixturePlan.may, items: [.releases: [item]], moreCandidates: [:])
        let text = composer.markdown(plan)
        #expect(text.contains("#### 新特性速览\n\n- A\n- A1\n- B\n- C – \\<D>\n\n"))
        #expect(!text.contains("\n> "), "notes of short lines only: 新特性速览 says it all, no excerpt repeats it")
    }

    @Test func lowConfidenceItemsCarryAVisibleMark() throws {
        let text = composer.markdown(try FixturePlan.plan())
        #expect(section(of: text, .fun).contains("⚠️ 待确认(置信度 0.45"))
        #expect(!section(of: text, .products).contains("⚠️"))
    }

    @Test func excerptIsCutAtASentenceWithinFourHundredCharacters() throws {
        let text = composer.markdown(try FixturePlan.plan())
        let quote = section(of: text, .discussion).split(separator: "\n").first { $0.hasPrefix("> ") }!
        #expect(quote.count - 2 <= 400)
        #expect(quote.hasSuffix("。"))
    }

    @Test func excerptWithoutSentenceEndIsCutAtAWord() throws {
        let words = (1...120).map { "word\($0)" }.joined(separator: " ")
        let date = ISO8601DateFormatter().date(from: "2025-05-10T00:00:00Z")!
        let entry = Entry(
            id: 1, feed: "f", key: "k", url: nil, normalizedURL: nil, title: "T", published: date, firstSeen: date,
            summary: words)
        let plan = DraftPlan(
            month: FixturePlan.may, items: [.news: [FixturePlan.item(.news, [entry])]], moreCandidates: [:])
        let quote = try #require(composer.markdown(plan).split(separator: "\n").first { $0.hasPrefix("> ") })
        #expect(quote.count - 2 <= 400)
        #expect(quote.hasSuffix("…"))
        let lastWord = quote.dropLast().split(separator: " ").last.map(String.init) ?? ""
        #expect(words.split(separator: " ").contains(Substring(lastWord)), "no word is split")
    }

    @Test func excerptThatRepeatsTheTitleIsLeftOut() throws {
        let date = ISO8601DateFormatter().date(from: "2025-05-10T00:00:00Z")!
        let entry = Entry(
            id: 1, feed: "f", key: "k", url: nil, normalizedURL: nil, title: "Same", published: date, firstSeen: date,
            summary: "Same")
        let plan = DraftPlan(
            month: FixturePlan.may, items: [.news: [FixturePlan.item(.news, [entry])]], moreCandidates: [:])
        #expect(!composer.markdown(plan).contains("> Same"))
    }

    @Test func entriesOutsideTheMonthAreLeftOut() throws {
        let text = composer.markdown(try FixturePlan.plan())
        #expect(!text.contains("Late April post"))
        #expect(section(of: text, .fun).contains("· 2025-05-31"))
    }

    @Test func entryLateOnMayThirtyFirstUTCIsJuneFirstInShanghai() throws {
        let instant = ISO8601DateFormatter().date(from: "2025-05-31T20:00:00Z")!
        let entry = Entry(
            id: 1, feed: "f", key: "k", url: "https://example.com/a", normalizedURL: nil, title: "Edge",
            published: instant, firstSeen: instant)
        let item = FixturePlan.item(.news, [entry])
        let june = DraftPlan(month: Month(year: 2025, month: 6)!, items: [.news: [item]], moreCandidates: [:])
        let may = DraftPlan(month: FixturePlan.may, items: [.news: [item]], moreCandidates: [:])
        #expect(composer.markdown(june).contains("[Edge](https://example.com/a) — f · 2025-06-01"))
        #expect(!composer.markdown(may).contains("Edge"))
        let utc = DraftComposer(settings: DraftSettings(timeZone: TimeZone(identifier: "UTC")!), feeds: [])
        #expect(utc.markdown(may).contains("— f · 2025-05-31"))
    }

    @Test func entryWithoutDateIsPlacedByFirstSeen() throws {
        let firstSeen = ISO8601DateFormatter().date(from: "2025-05-20T01:00:00Z")!
        let entry = Entry(
            id: 1, feed: "f", key: "k", url: "https://example.com/u", normalizedURL: nil, title: "Undated",
            firstSeen: firstSeen)
        let item = FixturePlan.item(.news, [entry])
        let may = DraftPlan(month: FixturePlan.may, items: [.news: [item]], moreCandidates: [:])
        let june = DraftPlan(month: Month(year: 2025, month: 6)!, items: [.news: [item]], moreCandidates: [:])
        #expect(composer.markdown(may).contains("[Undated](https://example.com/u) — f · 2025-05-20"))
        #expect(!composer.markdown(june).contains("Undated"))
    }

    @Test func moreCandidatesAppendixListsOneLinePerEntry() throws {
        let text = composer.markdown(try FixturePlan.plan())
        let appendix = String(text[text.range(of: "## 更多候选")!.upperBound...])
        #expect(
            appendix.contains(
                "### 📰 专题二 新闻与访谈\n\n- [ServiceNow Acquires Data.World To Expand Its AI Data Strategy]"
                    + "(https://www.infoq.com/news/2025/05/servicenow-data-world/) — infoq · 2025-05-14 <!-- briefing: ids=82 -->\n"
            ))
        #expect(appendix.contains("- [What Is a Service Mesh?]"))
        #expect(!appendix.contains(Section.releases.heading))
    }

    @Test func samePlanGivesByteIdenticalOutput() throws {
        let plan = try FixturePlan.plan()
        let other = DraftComposer(settings: FixturePlan.settings, feeds: [])
        #expect(composer.markdown(plan) == other.markdown(try FixturePlan.plan()))
        #expect(composer.html(plan) == other.html(plan))
        #expect(composer.json(plan) == other.json(plan))
    }

    @Test func titleFollowsTheConfiguredTemplate() throws {
        let settings = DraftSettings(titleTemplate: "Briefing {year}/{month}")
        let text = DraftComposer(settings: settings, feeds: []).markdown(try FixturePlan.plan())
        #expect(text.hasPrefix("# Briefing 2025/05\n"))
    }

    private func section(of text: String, _ section: Section) -> String {
        let start = text.range(of: "## " + section.heading)!.upperBound
        let end = text.range(of: "\n## ", range: start..<text.endIndex)?.lowerBound ?? text.endIndex
        return String(text[start..<end])
    }
}
