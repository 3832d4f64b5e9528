import Foundation
import Testing

@testable import BriefingParse

/// Each attack document is a fixture; the parse must finish with no field expanded or fetched.
struct SafetyTests {
    @Test func externalEntityToALocalFileIsNeverRead() throws {
        let feed = try Fixture.feed("safety-xxe-file.xml")
        let title = try #require(feed.title)
        #expect(!title.contains("root:"))
        #expect(title == "beforeafter")
    }

    @Test func externalDTDIsNeverFetched() throws {
        // The DTD points at 127.0.0.1:9 (discard); NONET and no DTDLOAD keep libxml2 off the network.
        let feed = try Fixture.feed("safety-external-dtd.xml")
        #expect(feed.title == "Safe")
    }

    @Test func billionLaughsDoesNotExpand() throws {
        let feed = try Fixture.feed("safety-billion-laughs.xml")
        #expect((feed.title ?? "").utf8.count < 1_000)
        #expect(feed.entries.first?.title == "x")
    }

    @Test func quadraticBlowUpDoesNotExpand() throws {
        let feed = try Fixture.feed("safety-quadratic-blowup.xml")
        #expect((feed.title ?? "").utf8.count < 100_000)
    }

    @Test func smallDeclaredEntitiesExpandWithinABudget() throws {
        let references = String(repeating: "&e;", count: 5_000)
        let xml =
            "<!DOCTYPE rss [<!ENTITY e \"\(String(repeating: "x", count: 1_000))\">]>"
            + "<rss version=\"2.0\"><channel><title>\(references)</title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        let length = (feed.title ?? "").utf8.count
        #expect(length > 0)
        #expect(length <= EntityTable.expansionBudget)
    }
}
