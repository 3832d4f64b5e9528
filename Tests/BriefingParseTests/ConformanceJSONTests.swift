import BriefingModel
import Foundation
import Testing

@testable import BriefingParse

struct ConformanceJSONTests {
    @Test func rendersTheSchemaOmittingEmptyValues() {
        var entry = ParsedEntry(title: "T \"q\"", link: "https://e/1", authors: ["A", "B"])
        entry.updated = Date(timeIntervalSince1970: 1_746_525_600)
        entry.enclosures = [Enclosure(url: "https://e/a.mp3", type: "audio/mpeg", length: 3)]
        let feed = ParsedFeed(format: .rss20, title: "F\n", language: "", entries: [entry])
        #expect(
            ConformanceJSON.render(feed)
                == "{\"format\": \"rss20\", \"bozo\": false, \"feed\": {\"title\": \"F\\n\"}, \"entries\": "
                + "[{\"title\": \"T \\\"q\\\"\", \"link\": \"https://e/1\", \"updated\": \"2025-05-06T10:00:00Z\", "
                + "\"author\": \"B\", \"enclosures\": [{\"url\": \"https://e/a.mp3\", \"type\": \"audio/mpeg\", "
                + "\"length\": 3}]}]}")
    }

    @Test func emptyFeedKeepsTheFourKeys() {
        #expect(
            ConformanceJSON.render(ParsedFeed(format: .unknown))
                == "{\"format\": \"unknown\", \"bozo\": false, \"feed\": {}, \"entries\": []}")
    }
}
