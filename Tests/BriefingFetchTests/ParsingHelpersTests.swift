import Foundation
import Testing

@testable import BriefingFetch

struct ParsingHelpersTests {
    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
    ])
    func httpDatesInEveryForm(text: String) {
        #expect(HTTPDate.parse(text) == Date(timeIntervalSince1970: 784_111_777))
    }

    @Test func notAnHTTPDate() {
        #expect(HTTPDate.parse("soon") == nil)
        #expect(RetryAfter.date(from: "-5", now: Date()) == nil)
        #expect(RetryAfter.date(from: nil, now: Date()) == nil)
    }

    @Test func sha256KnownVectors() {
        #expect(
            SHA256.hexDigest(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hexDigest(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hexDigest(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(arguments: [
        ("text/xml; charset=ISO-8859-1", "ISO-8859-1"), ("text/xml;charset=\"utf-8\"", "utf-8"),
        ("application/rss+xml", nil), ("text/xml; charset=", nil),
    ])
    func charsetFromContentType(header: String, expected: String?) {
        #expect(ContentType.charset(of: header) == expected)
    }

    @Test(arguments: [
        "<!DOCTYPE html><html>", "\u{FEFF}  <!-- x --><HTML lang=en>", "<?xml version=\"1.0\"?><html xmlns=\"x\">",
        "<head><title>x</title>",
    ])
    func htmlIsSniffed(text: String) {
        #expect(BodySniffer.isHTML(Data(text.utf8)))
    }

    @Test(arguments: [
        "<?xml version=\"1.0\"?><rss>", "<!DOCTYPE rss PUBLIC \"x\"><rss>", "<feed xmlns=\"a\">", "{\"version\":1}",
        "<rdf:RDF>",
    ])
    func feedsAreNotHTML(text: String) {
        #expect(!BodySniffer.isHTML(Data(text.utf8)))
    }

    @Test func autodiscoveryPicksTheAlternateFeedLink() {
        let page = """
            <link rel="stylesheet" href="/a.css"><link rel=icon type="application/rss+xml" href="/no">
            <LINK TYPE='application/atom+xml' REL='Alternate Feed' HREF='atom.xml'>
            """
        let found = FeedAutodiscovery.feedURL(in: Data(page.utf8), pageURL: "https://example.com/blog/index.html")
        #expect(found == "https://example.com/blog/atom.xml")
    }
}
