import BriefingModel
import Foundation
import Testing

@testable import BriefingConfig

/// The shipped feeds.yaml loads and carries what public checks of its URLs found (issue 16).
@Suite struct ShippedFeedsTests {
    private func shipped() throws -> BriefingConfig {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../feeds.yaml").standardizedFileURL.path
        return try ConfigLoader.load(path: path)
    }

    private func url(of name: String, in config: BriefingConfig) -> String? {
        config.feed(named: name)?.url
    }

    @Test func urlsThatOnlyRedirectArePointedAtTheirTargets() throws {
        let config = try shipped()
        #expect(url(of: "kubernetes-contributors", in: config) == "https://www.kubernetes.dev/index.xml")
        #expect(url(of: "docker-blog", in: config) == "https://www.docker.com/feed/")
    }

    @Test func firehosesAreReplacedByTheirSectionFeeds() throws {
        let config = try shipped()
        #expect(url(of: "theregister", in: config) == "https://www.theregister.com/software/headlines.atom")
        #expect(
            url(of: "google-cloud-blog", in: config)
                == "https://cloudblog.withgoogle.com/products/containers-kubernetes/rss/")
    }

    @Test func redditIsOneCombinedFeedWithItsOwnUserAgent() throws {
        let config = try shipped()
        let reddit = config.feeds.filter { $0.url.hasPrefix("https://www.reddit.com/") }
        #expect(reddit.map(\.url) == ["https://www.reddit.com/r/kubernetes+devops/.rss"])
        #expect(reddit.first?.userAgent?.hasPrefix("Mozilla/5.0") == true)
    }

    @Test func linkerdAndIstioArticlesComeFromTheirBlogs() throws {
        let config = try shipped()
        #expect(url(of: "linkerd-blog", in: config) == "https://linkerd.io/blog/feed.xml")
        #expect(url(of: "istio-blog", in: config) == "https://istio.io/latest/blog/feed.xml")
    }

    @Test func noUserAgentNamesAPageThatIsNotTheUsers() throws {
        let config = try shipped()
        #expect(config.fetch.userAgent == "briefing/\(BriefingVersion.current)")
        #expect(!config.feeds.contains { $0.userAgent?.contains("github.com/briefing") == true })
    }
}
