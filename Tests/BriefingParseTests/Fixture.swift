import BriefingModel
import Foundation
import Testing

@testable import BriefingParse

/// Loads files from `Fixtures/` next to these tests.
enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    static func feed(_ name: String, baseURL: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(data(name), baseURL: baseURL)
    }

    /// The instant of an ISO 8601 UTC string such as `2025-05-06T10:00:00Z`, for expectations.
    static func instant(_ text: String) -> Date? {
        FeedDate.parse(text)
    }
}
