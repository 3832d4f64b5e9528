import Testing

@testable import BriefingParse

struct HTMLSanitizerTests {
    @Test func dangerousElementsAndAttributesAreRemoved() {
        let html = "<p onclick=\"x()\" style=\"a\">Hi<script>bad()</script><iframe src=\"//e\">f</iframe></p>"
        #expect(HTMLSanitizer.sanitize(html) == "<p>Hi</p>")
    }

    @Test func unsafeURLSchemesAreDropped() {
        let html = "<a href=\"javascript:alert(1)\">x</a><a href=\" JaVa\tScript:alert(1)\">y</a>"
        #expect(HTMLSanitizer.sanitize(html) == "<a>x</a><a>y</a>")
    }

    @Test func relativeURLsResolveAgainstTheBase() {
        let html = "<a href=\"/post\">p</a><img src=\"i.png\" alt=\"i\">"
        #expect(
            HTMLSanitizer.sanitize(html, baseURL: "https://example.com/blog/")
                == "<a href=\"https://example.com/post\">p</a><img src=\"https://example.com/blog/i.png\" alt=\"i\" />")
    }

    @Test func unknownElementsKeepTheirTextAndTagsAreBalanced() {
        #expect(HTMLSanitizer.sanitize("<custom>text</custom><b><i>x</b>") == "text<b><i>x</i></b>")
        #expect(HTMLSanitizer.sanitize("a < b & \"c\"") == "a &lt; b &amp; \"c\"")
    }
}
