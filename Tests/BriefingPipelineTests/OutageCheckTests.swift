import Testing

@testable import BriefingPipeline

/// The most common error of an outage counts feeds that failed the same way as one error.
@Suite struct OutageCheckTests {
    @Test func attemptsThatTookDifferentTimesShareTheirError() throws {
        // What libcurl wrote for two feeds on one refused port in one run (CI saw 0 ms and 1 ms).
        let errors = [
            "http://127.0.0.1:1/feed.xml: Failed to connect to 127.0.0.1 port 1 after 1 ms: Couldn't connect to server",
            "http://127.0.0.1:1/other.xml: Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server",
        ]
        let common = try #require(OutageCheck.mostCommon(errors))
        #expect(common.count == 2)
        #expect(common.error == "Failed to connect to 127.0.0.1 port 1 after 1 ms: Couldn't connect to server")
    }

    @Test func feedsOnDifferentHostsThatCannotBeResolvedShareTheirError() throws {
        let errors = [
            "https://kubernetes.io/feed.xml: Could not resolve host: kubernetes.io",
            "https://www.cncf.io/feed/: Could not resolve host: www.cncf.io",
            "https://example.org/a.xml: the server answered 404 Not Found",
        ]
        let common = try #require(OutageCheck.mostCommon(errors))
        #expect(common.count == 2)
        #expect(common.error == "Could not resolve host: kubernetes.io")
    }

    @Test func differentErrorsAndDifferentLimitsStayApart() throws {
        let errors = [
            "https://a.example/feed: the server answered 503 Service Unavailable",
            "https://b.example/feed: the server answered 500 Internal Server Error",
            "https://c.example/feed: Failed to connect to c.example port 443 after 3 ms: Couldn't connect to server",
            "https://d.example/feed: Failed to connect to d.example port 8443 after 5 ms: Couldn't connect to server",
        ]
        #expect(OutageCheck.shape(errors[0]) != OutageCheck.shape(errors[1]))
        #expect(OutageCheck.shape(errors[2]) != OutageCheck.shape(errors[3]))
        #expect(
            OutageCheck.shape(errors[2]) == "Failed to connect to HOST port 443 after N ms: Couldn't connect to server")
        #expect(OutageCheck.mostCommon([]) == nil)
    }
}
