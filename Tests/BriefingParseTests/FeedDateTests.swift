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

    /// Shapes feedparser 6.0.14 reads that the readers once gave no date for (found by
    /// Benchmarks/parse-dates-grammar-vs-feedparser.py).
    @Test(arguments: [
        ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("Wed, 2025-03-05T10:20:30Z", "2025-03-05T10:20:30Z"),
        ("Wednesday, 2025-03-05 10:20:30 +0800", "2025-03-05T02:20:30Z"),
        ("08 Dec 2012 +0000", "2012-12-08T00:00:00Z"),
        ("8 December 2025 -0500", "2025-12-08T05:00:00Z"),
        ("1999-04-20 +0000", "1999-04-20T00:00:00Z"),
        ("2025-08-12 Z", "2025-08-12T00:00:00Z"),
        ("2025-12-11\n11:24:53Z", "2025-12-11T11:24:53Z"),
        ("2025-12-11\t11:24+01:00", "2025-12-11T10:24:00Z"),
        ("Dec 15 2024 10:36 AM Etc/GMT", "2024-12-15T10:36:00Z"),
        ("2025-03-05\u{00A0}10:20:30\u{00A0}", "2025-03-05T10:20:30Z"),
        ("\u{00A0}Wed,\u{00A0}2025/03/05\u{00A0}10:20:30\u{00A0}GMT", "2025-03-05T10:20:30Z"),
        ("2025年3月5日\u{3000}10:20", "2025-03-05T10:20:00Z"),
        ("5 mars 2025", "2025-03-05T00:00:00Z"),
        ("15 septembre 2025 10:00 +0100", "2025-09-15T09:00:00Z"),
        ("5 marzo 2025", "2025-03-05T00:00:00Z"),
        ("Juni 5, 2025", "2025-06-05T00:00:00Z"),
        // POSIX signs: Etc/GMT+5 is five hours west of Greenwich.
        ("Tue, 06 May 2025 10:00:00 Etc/GMT+5", "2025-05-06T15:00:00Z"),
    ])
    func shapesFeedparserReadsAreDates(_ input: String, _ expected: String) {
        #expect(FeedDate.parse(input).map(ConformanceJSON.isoString) == expected)
    }

    /// The reader once took a zone after a day without a time for the time: `06 Feb 2005
    /// GMT+08:00` came out as 08:00 UTC on the 6th (found by the grammar script, 22 of 13,861
    /// readings with a known instant in its seed 13).
    @Test(arguments: [
        ("Sun, 06 Feb 2005 GMT+08:00", "2005-02-05T16:00:00Z"),
        ("Mar 17, 2025+08:00", "2025-03-16T16:00:00Z"),
        ("25 Jul 2024+05:30", "2024-07-24T18:30:00Z"),
    ])
    func aZoneAfterADayWithoutATimeIsNotTheTime(_ input: String, _ expected: String) {
        #expect(FeedDate.parse(input).map(ConformanceJSON.isoString) == expected)
    }

    /// A sign before the year, or without digits after it, separates; it is not a zone. A
    /// weekday before a date that is not year first leaves it to the RFC reader (no date here).
    @Test func signsThatAreNotZonesAndWeekdaysBeforeOtherDates() {
        #expect(FeedDate.parse("06-May-2025").map(ConformanceJSON.isoString) == "2025-05-06T00:00:00Z")
        #expect(FeedDate.parse("May 6 2025 - 10:20").map(ConformanceJSON.isoString) == "2025-05-06T10:20:00Z")
        #expect(FeedDate.parse("May 5-7, 2025") == nil)
        #expect(FeedDate.parse("Wed, 05/03/2025 10:20:30 GMT") == nil)
        #expect(FeedDate.parse("Wed, 05 Mar 2025").map(ConformanceJSON.isoString) == "2025-03-05T00:00:00Z")
        #expect(FeedDate.parse("2025-03-05 Wed") == nil)
        #expect(FeedDate.parse("Wed, 2025") == nil)
        #expect(FeedDate.parse("Wed, 2025 10:20") == nil)
    }

    /// A second month word is still an unknown word; `Mai` has no English month's three letters.
    @Test func oneMonthWordAndOnlyEnglishMonthPrefixes() {
        #expect(FeedDate.parse("5 May 2025 Marketing") == nil)
        #expect(FeedDate.parse("Tue, 06 Mai 2025 10:00:00 GMT") == nil)
        #expect(FeedDate.parse("5 Mayo 2025").map(ConformanceJSON.isoString) == "2025-05-05T00:00:00Z")
    }

    @Test func isoStringRendersUTCWithZ() {
        #expect(ConformanceJSON.isoString(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ConformanceJSON.isoString(Date(timeIntervalSince1970: 1_746_525_600)) == "2025-05-06T10:00:00Z")
    }
}
