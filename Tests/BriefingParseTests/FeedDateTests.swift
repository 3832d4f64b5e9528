import Foundation
import Testing

@testable import BriefingParse

/// A date vector of `dates.json` (copied from the shared conformance folder).
struct DateVector: Decodable, Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String?
    var testDescription: String { input }
}

private struct DateVectors: Decodable {
    let dates: [DateVector]
}

struct FeedDateTests {
    static let vectors: [DateVector] = {
        guard let url = Bundle.module.url(forResource: "dates", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let decoded = try? JSONDecoder().decode(DateVectors.self, from: data)
        else { return [] }
        return decoded.dates
    }()

    @Test func vectorsAreLoaded() {
        #expect(Self.vectors.count > 40)
    }

    @Test(arguments: vectors)
    func everyVectorGivesItsInstant(_ vector: DateVector) {
        let parsed = FeedDate.parse(vector.input).map(ConformanceJSON.isoString)
        #expect(parsed == vector.expected)
    }

    @Test func outOfRangeFieldsAreNotDates() {
        #expect(FeedDate.parse("2025-02-30") == nil)
        #expect(FeedDate.parse("Tue, 06 May 2025 25:00:00 GMT") == nil)
        #expect(FeedDate.parse("2025-13-01T00:00:00Z") == nil)
    }

    @Test func isoStringRendersUTCWithZ() {
        #expect(ConformanceJSON.isoString(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ConformanceJSON.isoString(Date(timeIntervalSince1970: 1_746_525_600)) == "2025-05-06T10:00:00Z")
    }
}
