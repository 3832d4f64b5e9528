import Testing

@testable import BriefingFetch

/// libcurl is opened by the first fetch, not linked (see CCurl.h): what a missing or wrong library
/// reports, and that the installed one loads.
struct CurlLoadingTests {
    @Test func aMissingLibraryIsNamedWithTheLoadersReason() throws {
        let message = try #require(CurlGlobal.load("/nonexistent/libcurl.so.4"))
        #expect(message.contains("/nonexistent/libcurl.so.4"))
        #expect(message.contains("No such file"))
    }

    @Test func aLibraryThatIsNotLibcurlIsRefused() {
        // libz is one of libxml2's libraries, so it is installed wherever briefing builds.
        #expect(CurlGlobal.load("libz.so.1") == "libz.so.1 has no function curl_global_init: it is not libcurl")
    }

    @Test func theInstalledLibcurlLoads() {
        #expect(CurlGlobal.unavailable == nil)
    }
}
