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

    /// The fixed-position fast path must agree with the general readers wherever it answers.
    @Test(arguments: vectors + FeedDateTests.fixedShapes)
    func theFastPathAgreesWithTheGeneralReaders(_ vector: DateVector) {
        var text = vector.input.trimmingXMLSpace()
        text.withUTF8 { bytes in
            guard let fast = FixedDateShapes.date(bytes) else { return }
            var rfc = RFCDateReader(bytes)
            var iso = ISODateReader(bytes)
            let general = iso.read()?.date ?? rfc.read()?.date
            #expect(fast == general)
        }
    }

    static let fixedShapes: [DateVector] = [
        "Thu, 10 Apr 2025 22:43:41 +0800", "Thu, 10 Apr 2025 22:43:41 -0530", "Tue, 06 May 2025 10:00:00 GMT",
        "Sun, 29 Feb 2024 23:59:60 +1459", "2025-04-24T16:51:11Z", "2025-04-24T16:51:11+08:00",
        "2025-04-24T16:51:11-14:59", "2024-02-29T00:00:00Z",
    ].map { DateVector(input: $0, expected: nil) }

    @Test func fixedShapesOutsideTheRangesFallBackToTheGeneralReaders() {
        #expect(FeedDate.parse("Thu, 10 Apr 2025 22:43:41 +1600") == nil)
        #expect(FeedDate.parse("Xyz, 10 Apr 2025 22:43:41 +0800") == nil)
        #expect(FeedDate.parse("2025-02-30T00:00:00Z") == nil)
        #expect(
            FeedDate.parse("2025-04-24T16:51:11+16:00").map(ConformanceJSON.isoString) == "2025-04-24T00:51:11Z")
        #expect(FeedDate.parse("Thu, 10 Apr 2025 22:43:41 +0800") == FeedDate.parse("2025-04-10T14:43:41Z"))
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
