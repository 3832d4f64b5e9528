import BriefingModel
import Foundation
import Testing

@testable import BriefingConfig

@Suite struct OPMLTests {
    @Test func nestedFoldersAreFlattenedInDocumentOrder() throws {
        let feeds = try OPML.parse(Fixture.data("subscriptions.opml"), path: "subscriptions.opml")
        #expect(
            feeds == [
                FeedSource(name: "Istio Blog", url: "https://istio.io/latest/blog/feed.xml"),
                FeedSource(name: "Rust & Friends", url: "https://blog.rust-lang.org/feed.xml"),
                FeedSource(name: "etcd releases again", url: "https://github.com/etcd-io/etcd/releases.atom"),
                FeedSource(name: "CNCF Blog", url: "https://www.cncf.io/blog/feed/"),
            ])
    }

    @Test func exportThenParseGivesTheSameFeeds() throws {
        let feeds = [
            FeedSource(name: "etcd", url: "https://github.com/etcd-io/etcd/releases.atom", kind: .project),
            FeedSource(name: "A \"quoted\" <name> & more", url: "https://a.example/feed?x=1&y=2"),
            FeedSource(name: "云原生社区", url: "https://cloudnative.example/rss"),
        ]
        let text = OPML.export(feeds: feeds, title: "Team feeds")
        let parsed = try OPML.parse(Data(text.utf8), path: "export.opml")
        #expect(parsed.map(\.name) == feeds.map(\.name))
        #expect(parsed.map(\.url) == feeds.map(\.url))
        #expect(parsed.allSatisfy { $0.kind == .news })
    }

    @Test func exportIsOPML2() {
        let text = OPML.export(feeds: [FeedSource(name: "a&b", url: "https://a.example/")], title: "T<1>")
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head>
                    <title>T&lt;1&gt;</title>
                  </head>
                  <body>
                    <outline type="rss" text="a&amp;b" title="a&amp;b" xmlUrl="https://a.example/"/>
                  </body>
                </opml>

                """)
    }

    @Test func notOPMLIsAnError() {
        #expect(
            throws: ConfigError(
                message: "x.opml: not a valid OPML file: the root element is <rss>, not <opml> (x.opml:1)", line: 1)
        ) {
            _ = try OPML.parse(Data("<rss version=\"2.0\"><channel/></rss>".utf8), path: "x.opml")
        }
        let broken = #expect(throws: ConfigError.self) {
            _ = try OPML.parse(Data("<opml>\n<body>\n<outline xmlUrl='https://a/'>\n</opml>".utf8), path: "y.opml")
        }
        #expect(
            broken?.message
                == "y.opml: not a valid OPML file: malformed XML; check that every tag is closed and & is written as "
                + "&amp; (y.opml:4)")
        #expect(broken?.exitStatus == .invalidConfig)
    }

    @Test func truncatedAndEmptyFilesAreErrors() {
        #expect(
            throws: ConfigError(
                message:
                    "t.opml: not a valid OPML file: malformed XML; check that every tag is closed and & is written "
                    + "as &amp; (t.opml:1)", line: 1)
        ) {
            _ = try OPML.parse(Data("<opml><body><outline xmlUrl='https://a/'/>".utf8), path: "t.opml")
        }
        #expect(throws: ConfigError(message: "e.opml: not a valid OPML file: the file is empty (e.opml:1)", line: 1)) {
            _ = try OPML.parse(Data(), path: "e.opml")
        }
    }

    @Test func nonHTTPFeedURLIsAnErrorWithItsLine() {
        let text = "<opml version=\"2.0\"><body>\n<outline text=\"x\" xmlUrl=\"javascript:alert(1)\"/>\n</body></opml>"
        #expect(
            throws: ConfigError(
                message: "z.opml: outline xmlUrl 'javascript:alert(1)' is not an http or https URL; fix or remove it "
                    + "(z.opml:2)", line: 2)
        ) {
            _ = try OPML.parse(Data(text.utf8), path: "z.opml")
        }
    }

    @Test func outlineWithoutTitleIsNamedAfterItsHost() throws {
        let text = "<opml version=\"1.0\"><body><outline xmlUrl=\"https://blog.example.org/rss\"/></body></opml>"
        let feeds = try OPML.parse(Data(text.utf8), path: "a.opml")
        #expect(feeds == [FeedSource(name: "blog.example.org", url: "https://blog.example.org/rss")])
    }
}
