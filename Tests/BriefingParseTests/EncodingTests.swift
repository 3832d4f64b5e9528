import Foundation
import Testing

@testable import BriefingParse

struct EncodingTests {
    private func rss(title: String, declaration: String) -> Data {
        Data("<?xml version=\"1.0\" \(declaration)?><rss version=\"2.0\"><channel><title>".utf8)
    }

    @Test func gb2312LabelReadsGBKCharactersAsGB18030() throws {
        let feed = try Fixture.feed("gbk.xml")
        #expect(feed.title == "中文 镕 标题")
        #expect(!feed.bozo)
    }

    @Test func declaredLegacyCodePageIsDecoded() throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>".utf8)
        data.append(contentsOf: [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94])
        data.append(Data("</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(data)
        #expect(feed.title == "\u{201C}Café\u{201D}")
        #expect(!feed.bozo)
    }

    @Test func codePageLabelLibxml2CannotReadStillWorks() throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"437\"?><rss version=\"2.0\"><channel><title>".utf8)
        data.append(0x80)
        data.append(Data("</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(data)
        #expect(feed.title == "Ç")
        #expect(!feed.bozo)
    }

    /// glibc's iconv has no MacGreek or MacTurkish; feedparser (Python's codecs) reads them.
    @Test(arguments: [("macgreek", "ÄΓΝΎγ"), ("x-mac-greek", "ÄΓΝΎγ"), ("mac_turkish", "Ä°¡ĞÁ")])
    func macCodePagesIconvLacksAreDecoded(label: String, expected: String) throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"\(label)\"?><rss version=\"2.0\"><channel><title>".utf8)
        data.append(contentsOf: [0x80, 0xA1, 0xC1, 0xDA, 0xE7])
        data.append(Data("</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(data)
        #expect(feed.title == expected)
        #expect(!feed.bozo)
    }

    @Test func transportCharsetIsUsedWhenTheDocumentDeclaresNone() throws {
        var data = Data("<rss version=\"2.0\"><channel><title>".utf8)
        data.append(contentsOf: [0xC4, 0xE3, 0xBA, 0xC3])
        data.append(Data("</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(data, transportCharset: "gbk")
        #expect(feed.title == "你好")
    }

    @Test func oneBadUTF8ByteCostsOneCharacter() throws {
        var data = Data("<rss version=\"2.0\"><channel><title>Espa".utf8)
        data.append(0xF1)
        data.append(Data("a ok</title><item><title>fine</title></item></channel></rss>".utf8))
        let feed = try FeedParser.parse(data)
        #expect(feed.title == "Espa\u{FFFD}a ok")
        #expect(feed.entries.first?.title == "fine")
        #expect(feed.bozo)
    }

    /// libxml2's push parser passes an overlong form (C1 81 for "A") inside CDATA on without an
    /// error; the text must still come out as valid UTF-8 and the document be flagged.
    @Test func anOverlongFormInCDATAIsReplacedAndFlagged() throws {
        var data = Data("<rss version=\"2.0\"><channel><title><![CDATA[x".utf8)
        data.append(contentsOf: [0xC1, 0x81])
        data.append(Data("y]]></title><item><title>fine</title></item></channel></rss>".utf8))
        let feed = try FeedParser.parse(data)
        #expect(feed.title == "x\u{FFFD}\u{FFFD}y")
        #expect(feed.entries.first?.title == "fine")
        #expect(feed.bozo)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ünï</title></channel></rss>"
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let feed = try FeedParser.parse(data)
        #expect(feed.title == "Ünï")
        #expect(!feed.bozo)
    }

    @Test func utf8BOMIsSkipped() throws {
        let data =
            Data([0xEF, 0xBB, 0xBF]) + Data("<rss version=\"2.0\"><channel><title>T</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(data).title == "T")
    }
}
