import Foundation
import Testing

@testable import BriefingParse

struct TextBufferTests {
    @Test func growsPastItsCapacityKeepingEveryByte() {
        let buffer = TextBuffer(capacity: 4)
        var expected: [UInt8] = []
        for round in 0..<300 {
            let piece = Array("piece \(round) ".utf8)
            piece.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(UInt8(ascii: "|"))
            expected += piece + [UInt8(ascii: "|")]
        }
        buffer.append("&amp;")
        expected += Array("&amp;".utf8)
        #expect(Array(buffer.bytes) == expected)
        buffer.removeAll()
        #expect(buffer.isEmpty)
        buffer.append("again")
        #expect(Array(buffer.bytes) == Array("again".utf8))
    }

    /// Every piece length from 0 to 40 goes one of three ways (bytes, two words, memmove).
    @Test func piecesOfEveryLengthArriveWhole() {
        let buffer = TextBuffer(capacity: 8)
        var expected: [UInt8] = []
        for length in 0...40 {
            let piece = (0..<length).map { UInt8(0x41 + ($0 + length) % 26) }
            piece.withUnsafeBufferPointer { buffer.append($0) }
            expected += piece
            #expect(Array(buffer.bytes) == expected, "after a piece of \(length) bytes")
        }
    }

    @Test func longCapturedTextSurvivesManySmallEvents() throws {
        let escaped = String(repeating: "&lt;b&gt;bold&lt;/b&gt; &amp; more ", count: 400)
        let xml = "<rss version=\"2.0\"><channel><item><description>\(escaped)</description></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        let expected = String(repeating: "<b>bold</b> & more ", count: 400).trimmingXMLSpace()
        #expect(feed.entries.first?.summary == expected)
    }
}
