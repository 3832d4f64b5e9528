import Foundation
import GRDB
import Testing

@testable import BriefingStore

/// The hand-written date text must be exactly what GRDB writes for a `Date`, or rows stored
/// before and after it would sort and compare differently.
@Suite struct StoredDateTests {
    @Test func textIsWhatGRDBWritesForAnyInstant() {
        var generator = SystemRandomNumberGenerator()
        let samples =
            (0..<5_000).map { _ in Date(timeIntervalSince1970: Double.random(in: -2e9...5e9, using: &generator)) }
            + [0, 0.0005, 0.999_999, -0.0005, -659_581_284.5855, 1_740_000_000.123, 253_402_300_799.999].map {
                Date(timeIntervalSince1970: $0)
            }
        let mismatches = samples.filter { StoredDate.text($0).databaseValue != $0.databaseValue }
        #expect(mismatches.map(\.timeIntervalSince1970) == [])
    }

    @Test func categoriesReadBackAsWritten() throws {
        let lists = [[], ["k8s"], ["a/b", "say \"hi\"", "back\\slash", "tab\tnew\nline\u{1}", "云原生 ✓"]]
        for categories in lists {
            #expect(try CategoriesJSON.decode(CategoriesJSON.encode(categories)) == categories)
        }
    }
}
