import Testing

@testable import BriefingModel

@Suite struct URLNormalizerTests {
    @Test func lowercasesSchemeAndHostButNotPath() {
        #expect(URLNormalizer.normalize("HTTPS://Example.COM/Path/To") == "https://example.com/Path/To")
    }

    @Test func httpAndHttpsAreTheSame() {
        #expect(URLNormalizer.normalize("http://example.com/a") == "https://example.com/a")
        #expect(URLNormalizer.normalize("http://example.com/a") == URLNormalizer.normalize("https://example.com/a"))
    }

    @Test func dropsDefaultPortsKeepsOthers() {
        #expect(URLNormalizer.normalize("http://example.com:80/a") == "https://example.com/a")
        #expect(URLNormalizer.normalize("https://example.com:443/a") == "https://example.com/a")
        #expect(URLNormalizer.normalize("https://example.com:/a") == "https://example.com/a")
        #expect(URLNormalizer.normalize("https://example.com:8443/a") == "https://example.com:8443/a")
    }

    @Test func dropsFragmentAndTrailingSlash() {
        #expect(URLNormalizer.normalize("https://example.com/blog/post/#comments") == "https://example.com/blog/post")
        #expect(URLNormalizer.normalize("https://example.com/") == "https://example.com")
        #expect(URLNormalizer.normalize("https://example.com") == "https://example.com")
        #expect(URLNormalizer.normalize("https://example.com/a//") == "https://example.com/a")
    }

    @Test func dropsTrackingQueryItemsKeepsOthersInOrder() {
        let url = "https://example.com/a/?b=2&utm_source=rss&UTM_Medium=x&a=1&fbclid=abc&gclid=def&c"
        #expect(URLNormalizer.normalize(url) == "https://example.com/a?b=2&a=1&c")
        #expect(URLNormalizer.normalize("https://example.com/a?utm_campaign=may#top") == "https://example.com/a")
        #expect(URLNormalizer.normalize("https://example.com/a?&&x=1&") == "https://example.com/a?x=1")
    }

    @Test func keepsQueryWithoutPath() {
        #expect(URLNormalizer.normalize("https://Example.com?p=12&utm_source=x") == "https://example.com?p=12")
    }

    @Test func keepsUserInfoAndIPv6Literals() {
        #expect(URLNormalizer.normalize("http://[::1]:80/feed/") == "https://[::1]/feed")
        #expect(URLNormalizer.normalize("http://[::1]:8080/feed") == "https://[::1]:8080/feed")
        #expect(URLNormalizer.normalize("https://me@Example.com/x") == "https://me@example.com/x")
    }

    @Test func trimsSurroundingWhitespace() {
        #expect(URLNormalizer.normalize("  https://example.com/a/\n") == "https://example.com/a")
    }

    @Test func rejectsOtherSchemesAndMissingHosts() {
        #expect(URLNormalizer.normalize("ftp://example.com/a") == nil)
        #expect(URLNormalizer.normalize("mailto:someone@example.com") == nil)
        #expect(URLNormalizer.normalize("/relative/path") == nil)
        #expect(URLNormalizer.normalize("https:///path") == nil)
        #expect(URLNormalizer.normalize("") == nil)
    }
}
