/// Release channels named in front of the version, like Linkerd's `edge-25.5.1`: a build of a
/// channel, not a release of the project.
///
/// Why: since 2.15 Linkerd publishes only `edge-YY.M.N` releases on GitHub (year, month, and the
/// number of the edge release within that month). Read as numbers, `edge-25.5.1` looked like a patch
/// of a version 25.5, so `releases: minor` never proposed one and `releases: all` proposed every
/// weekly build as if it were a release; both were wrong for the same reason. A channel word glued
/// to the version (`edge-`, `weekly-`, `daily_`, `unstable `) now marks it a pre-release tagged with
/// the channel, so `minor` and `major` keep it stored without proposing it and `all` proposes it.
enum ReleaseChannel {
    /// Channel words that mark every version written right after them as a pre-release.
    static let words: Set<String> = ["edge", "weekly", "daily", "unstable", "insiders"]

    /// `version` tagged with the channel named right before it in `title`, when there is one and the
    /// version carries no pre-release tag of its own.
    static func marking(_ version: ReleaseVersion, in title: String) -> ReleaseVersion {
        guard version.preRelease == nil, let channel = channel(before: version.literal, in: title) else {
            return version
        }
        var marked = version
        marked.preRelease = channel
        return marked
    }

    /// The channel word that ends one separator (`-`, `_` or a space) before `literal`, lower-cased.
    private static func channel(before literal: String, in title: String) -> String? {
        guard let range = LiteralSearch.firstRange(of: literal, in: title), range.lowerBound > title.startIndex else {
            return nil
        }
        let separatorIndex = title.index(before: range.lowerBound)
        guard "-_ ".contains(title[separatorIndex]) else { return nil }
        let head = title[..<separatorIndex]
        let word = head.reversed().prefix { $0.isASCII && $0.isLetter }
        guard !word.isEmpty else { return nil }
        let start = head.index(head.endIndex, offsetBy: -word.count)
        // The word must start the title or follow a space or punctuation, not a letter or a hyphen:
        // neither `knowledge-1.2` nor `cutting-edge 2.0` names the edge channel.
        if start > head.startIndex, head[head.index(before: start)].isLetter || head[head.index(before: start)] == "-" {
            return nil
        }
        // The word read forwards is the end of `head` (building it from the reversed characters was
        // the slowest step of a release title's classification).
        let channel = String(head[start...]).lowercased()
        return words.contains(channel) ? channel : nil
    }
}
