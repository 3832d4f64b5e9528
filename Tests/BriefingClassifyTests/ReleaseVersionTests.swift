import BriefingModel
import Testing

@testable import BriefingClassify

struct ReleaseVersionTests {
    @Test(arguments: [
        ("etcd v3.6.0", 3, 6, 0, nil as String?),
        ("Istio 1.26", 1, 26, 0, nil),
        ("Release 2.0.1", 2, 0, 1, nil),
        ("Istio 1.26.0", 1, 26, 0, nil),
        ("Karmada v1.16 版本发布", 1, 16, 0, nil),
        ("v1.33.0-rc.1", 1, 33, 0, "rc.1"),
        ("Cilium 1.18.0-pre.2", 1, 18, 0, "pre.2"),
        ("Helm 4.0 alpha", 4, 0, 0, "alpha"),
        ("Flux v2.6.0 beta 1", 2, 6, 0, "beta"),
        ("v0.9.0-nightly.20250501", 0, 9, 0, "nightly.20250501"),
        ("Tool 3.1.0.dev0", 3, 1, 0, "dev0"),
        ("v1.2.0-next.3", 1, 2, 0, "next.3"),
        ("Aspire 9.3 Preview", 9, 3, 0, "preview"),
        ("Nightly build of Foo 2.1.0", 2, 1, 0, "nightly"),
    ])
    func parsesVersionsOfTitles(title: String, major: Int, minor: Int, patch: Int, pre: String?) throws {
        let version = try #require(ReleaseVersion.find(in: title))
        #expect(version.major == major)
        #expect(version.minor == minor)
        #expect(version.patch == patch)
        #expect(version.preRelease == pre)
    }

    @Test(arguments: [
        "Kubernetes has been around for 10 years", "Save 3.5x on storage", "99.9% uptime is a lie",
        "Pricing drops to $1.50 an hour", "K8s tips", "Reach 10.0.0.1 from a pod",
    ])
    func ignoresNumbersThatAreNotVersions(title: String) {
        #expect(ReleaseVersion.find(in: title) == nil)
    }

    @Test func keepsTheLiteralAndComparesNumbersOnly() throws {
        let short = try #require(ReleaseVersion.find(in: "Istio 1.26 is out"))
        let long = try #require(ReleaseVersion.find(in: "Istio 1.26.0"))
        #expect(short.literal == "1.26")
        #expect(short == long)
        #expect(try #require(ReleaseVersion.find(in: "Karmada v1.16 版本发布")).literal == "v1.16")
        #expect(long.description == "1.26.0")
    }

    @Test func tellsPatchPreReleaseAndMajor() {
        let patch = ReleaseVersion(major: 3, minor: 6, patch: 1)
        let rc = ReleaseVersion(major: 1, minor: 33, patch: 0, preRelease: "rc.1")
        let minor = ReleaseVersion(major: 1, minor: 26)
        let major = ReleaseVersion(major: 2, minor: 0)
        #expect(patch.isPatch && !patch.isPreRelease)
        #expect(rc.isPreRelease && !rc.isPatch)
        #expect(major.isMajor && !minor.isMajor)
        #expect(rc < ReleaseVersion(major: 1, minor: 33))
    }

    @Test func policiesKeepTheRightReleases() {
        let patch = ReleaseVersion(major: 3, minor: 6, patch: 1)
        let rc = ReleaseVersion(major: 1, minor: 33, patch: 0, preRelease: "rc.1")
        let minor = ReleaseVersion(major: 1, minor: 26)
        let major = ReleaseVersion(major: 2, minor: 0)
        #expect([patch, rc, minor, major].allSatisfy { $0.isKept(by: .all) })
        #expect([minor, major].allSatisfy { $0.isKept(by: .minor) })
        #expect(![patch, rc].contains { $0.isKept(by: .minor) })
        #expect(major.isKept(by: .major))
        #expect(![patch, rc, minor].contains { $0.isKept(by: .major) })
    }
}
