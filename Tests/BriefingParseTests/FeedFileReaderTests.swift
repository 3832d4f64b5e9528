import Foundation
import Testing

@testable import BriefingParse

struct FeedFileReaderTests {
    @Test func readsFilesOneAfterAnotherIntoOneBufferGrowingForLargeOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feed-file-reader-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("small.xml")
        let large = folder.appendingPathComponent("large.xml")
        try Data("<rss version=\"2.0\"><channel><title>Small</title></channel></rss>".utf8).write(to: small)
        let items = String(repeating: "<item><title>t</title></item>", count: 60_000)
        try Data("<rss version=\"2.0\"><channel><title>Large</title>\(items)</channel></rss>".utf8).write(to: large)
        let reader = FeedFileReader()
        let titles = try [small, large, small].map { url in
            try reader.withContents(ofFile: url.path) { data throws(ParseError) in try FeedParser.parse(data).title }
        }
        #expect(titles == ["Small", "Large", "Small"])
        #expect(reader.withContents(ofFile: large.path) { $0.count } ?? 0 > 1 << 20)
    }

    @Test func aMissingFileIsNil() {
        #expect(FeedFileReader().withContents(ofFile: "/nonexistent/feed.xml") { $0.count } == nil)
    }
}
