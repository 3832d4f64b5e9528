import BriefingCompose
import BriefingModel
import Foundation
import Testing

/// `classify.more_per_section`: the appendix lists the best few candidates and counts the rest.
struct AppendixCountTests {
    private let composer = DraftComposer(settings: FixturePlan.settings, feeds: [])

    private func plan(omitted: Int) throws -> DraftPlan {
        let entries = try FixturePlan.entries()
        let more = FixturePlan.item(.news, [try #require(entries[21])])
        return DraftPlan(
            month: FixturePlan.may, items: [:], moreCandidates: [.news: [more]],
            moreOmitted: omitted > 0 ? [.news: omitted] : [:])
    }

    @Test func markdownAndHTMLCountTheCandidatesLeftOut() throws {
        let line = "另有 15 条候选未列出(`briefing entries --section news`)"
        let markdown = composer.markdown(try plan(omitted: 15))
        let appendix = try #require(markdown.range(of: "## 更多候选"))
        #expect(markdown[appendix.upperBound...].contains("- " + line + "\n"))
        #expect(composer.html(try plan(omitted: 15)).contains("另有 15 条候选未列出"))
    }

    @Test func nothingLeftOutAddsNoLine() throws {
        #expect(!composer.markdown(try plan(omitted: 0)).contains("条候选未列出"))
    }
}
