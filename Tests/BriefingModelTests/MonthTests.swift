import Foundation
import Testing

@testable import BriefingModel

@Suite struct MonthTests {
    @Test func parsesYearDashMonth() {
        #expect(Month("2025-05") == Month(year: 2025, month: 5))
        #expect(Month("2025-5") == nil)
        #expect(Month("2025-13") == nil)
        #expect(Month("May 2025") == nil)
    }

    @Test func windowFollowsTheTimeZone() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let may = try #require(Month("2025-05"))
        let window = may.window(in: shanghai)
        // 2025-05-31T20:00Z is already June 1st, 04:00 in Shanghai.
        let lateMay = Date(timeIntervalSince1970: 1_748_721_600)
        #expect(!window.contains(lateMay))
        #expect(Month(containing: lateMay, in: shanghai) == Month("2025-06"))
        #expect(window.lowerBound == Date(timeIntervalSince1970: 1_746_028_800))
    }

    @Test func draftTitleFillsYearAndMonth() throws {
        let settings = DraftSettings()
        #expect(settings.title(for: try #require(Month("2025-05"))) == "2025.05 云原生相关信息简报")
    }
}
