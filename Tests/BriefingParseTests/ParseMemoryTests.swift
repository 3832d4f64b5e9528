import Foundation
import Testing

@testable import BriefingParse

/// A parse gives back everything libxml2 allocated for it, declared entities included.
struct ParseMemoryTests {
    /// In SAX mode libxml2 copies each declared entity into a compatibility document
    /// (`ctxt->myDoc`) and stores the raw text of each as the entity's `orig`; both leaked.
    @Test func documentsDeclaringEntitiesLeaveNothingAllocated() throws {
        let data = try Fixture.data("entities-declared.xml")
        _ = try FeedParser.parse(data)
        let outstanding = try LibXMLAllocations.outstandingBlocks {
            let feed = try FeedParser.parse(data)
            #expect(feed.title == "Who: the briefing team")
        }
        #expect(outstanding == 0)
    }

    @Test func documentsWithoutEntitiesLeaveNothingAllocated() throws {
        let data = try Fixture.data("rss20-release-blog.xml")
        _ = try FeedParser.parse(data)
        #expect(try LibXMLAllocations.outstandingBlocks { _ = try FeedParser.parse(data) } == 0)
    }
}
