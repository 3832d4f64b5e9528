import BriefingModel
import Foundation
import Testing

@testable import BriefingParse

struct ParseErrorTests {
    @Test func emptyInputIsRefusedWithAClearMessage() {
        #expect(throws: ParseError(reason: .empty)) { try FeedParser.parse(Data("  \n".utf8)) }
        #expect(
            ParseError(reason: .empty).message
                == "the document is empty; check that the file or URL really serves a feed")
        #expect(ParseError(reason: .empty).exitStatus == .failure)
    }

    @Test func textThatIsNeitherXMLNorJSONIsRefused() {
        #expect(throws: ParseError(reason: .notXMLOrJSON)) { try FeedParser.parse(Data("hello world".utf8)) }
        #expect(throws: ParseError(reason: .notXMLOrJSON)) { try FeedParser.parse(Data("{not json".utf8)) }
        #expect(
            ParseError(reason: .notXMLOrJSON).message
                == "the document is neither XML nor JSON; check that the file or URL really serves a feed")
    }
}
