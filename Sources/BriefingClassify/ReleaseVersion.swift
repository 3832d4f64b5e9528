import BriefingModel

/// A version number found in a release title: `v3.6.0`, `1.26`, `Release 2.0.1`, `v1.33.0-rc.1`, `2.0 beta`.
///
/// Equality and hashing use the numbers and the pre-release tag only, so `Istio 1.26` and
/// `Istio 1.26.0` name the same release; `literal` keeps the text as the title wrote it.
public struct ReleaseVersion: Sendable, Hashable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    /// 0 when the title gave only `major.minor`.
    public var patch: Int
    /// The pre-release tag (`rc.1`, `beta`, `nightly`, `next`…), nil for a final release.
    public var preRelease: String?
    /// The version as written, e.g. `v1.16` or `v1.33.0-rc.1`.
    public var literal: String

    public init(major: Int, minor: Int, patch: Int = 0, preRelease: String? = nil, literal: String? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.preRelease = preRelease
        self.literal = literal ?? "\(major).\(minor).\(patch)"
    }

    /// True for `x.y.z` with `z > 0`.
    public var isPatch: Bool { patch > 0 }
    /// True when a pre-release tag (`-rc`, `alpha`, `beta`, `nightly`, `dev`, `-next`, `preview`) or a
    /// release channel (`edge-`, `weekly-`…) was found.
    public var isPreRelease: Bool { preRelease != nil }
    /// True for a final `x.0.0`.
    public var isMajor: Bool { minor == 0 && patch == 0 && preRelease == nil }

    /// `major.minor.patch[-preRelease]`.
    public var description: String {
        let core = "\(major).\(minor).\(patch)"
        guard let preRelease else { return core }
        return core + "-" + preRelease
    }

    /// Whether a project feed with this policy keeps the release as a draft candidate.
    public func isKept(by policy: ReleasePolicy) -> Bool {
        switch policy {
        case .all: true
        case .minor: !isPatch && !isPreRelease
        case .major: isMajor
        }
    }

    /// How much the release adds to an entry's relevance: major 3, minor 2, patch 0.5, pre-release 0.25.
    public var significance: Double {
        if isPreRelease { return 0.25 }
        if isPatch { return 0.5 }
        return isMajor ? 3 : 2
    }

    /// The first version number in `title`, with a pre-release tag attached to it or written next to it,
    /// or the channel written before it (`edge-25.5.1`, see `ReleaseChannel`).
    public static func find(in title: String) -> ReleaseVersion? {
        VersionScanner(title).first().map { ReleaseChannel.marking($0, in: title) }
    }

    public static func == (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch, lhs.preRelease) == (rhs.major, rhs.minor, rhs.patch, rhs.preRelease)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(preRelease)
    }
}

extension ReleaseVersion: Comparable {
    /// Orders by numbers; a pre-release comes before its final release.
    public static func < (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        switch (lhs.preRelease, rhs.preRelease) {
        case (nil, _): return false
        case (_, nil): return true
        case (let left?, let right?): return left < right
        }
    }
}
