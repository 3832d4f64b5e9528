import BriefingModel
import Testing

@testable import BriefingClassify

/// Date-versioned channels (Linkerd's `edge-YY.M.N`) are pre-releases, not patches or minors.
struct ReleaseChannelTests {
    @Test(arguments: [
        ("edge-25.5.1", 25, 5, 1, "edge"),
        ("edge-25.6.0", 25, 6, 0, "edge"),
        ("Linkerd edge-24.11.8", 24, 11, 8, "edge"),
        ("weekly-2025.05.2", 2025, 5, 2, "weekly"),
        ("Daily_25.12.3 build", 25, 12, 3, "daily"),
        ("unstable 1.4.0", 1, 4, 0, "unstable"),
    ])
    func channelBeforeTheVersionMarksAPreRelease(title: String, major: Int, minor: Int, patch: Int, channel: String)
        throws
    {
        let version = try #require(ReleaseVersion.find(in: title))
        #expect((version.major, version.minor, version.patch) == (major, minor, patch))
        #expect(version.preRelease == channel)
        #expect(version.isPreRelease)
    }

    @Test(arguments: ["cutting-edge 2.0 is here", "Knowledge-1.2.0", "Edge computing 2.0", "v2.18.0"])
    func otherWordsBeforeAVersionAreNoChannel(title: String) throws {
        #expect(try #require(ReleaseVersion.find(in: title)).preRelease == nil)
    }

    @Test func anOwnTagIsKeptOverTheChannel() throws {
        #expect(try #require(ReleaseVersion.find(in: "edge-25.5.1-rc.1")).preRelease == "rc.1")
    }

    @Test func edgeReleasesAreProposedOnlyUnderReleasesAll() throws {
        // `edge-25.6.0` read as numbers was a minor release that `releases: minor` proposed.
        let edge = try #require(ReleaseVersion.find(in: "edge-25.6.0"))
        #expect(!edge.isKept(by: .minor))
        #expect(!edge.isKept(by: .major))
        #expect(edge.isKept(by: .all))
        #expect(edge.significance == 0.25)
    }

    @Test func aLinkerdEdgeReleaseIsNoCandidateOfAMinorFeed() {
        let feed = FeedSource(
            name: "linkerd-releases", url: "https://github.com/linkerd/linkerd2/releases.atom", kind: .project)
        let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: [feed], labels: [])
        let input = ClassifierInput(
            title: "edge-25.6.0", summary: "This edge release adds retries to the proxy.",
            url: "https://github.com/linkerd/linkerd2/releases/tag/edge-25.6.0", source: "linkerd-releases",
            feedKind: .project)
        let result = classifier.classify(input)
        #expect(!result.isCandidate)
        #expect(result.why.hasSuffix("; not a candidate under releases: minor (25.6.0)"))
    }
}
