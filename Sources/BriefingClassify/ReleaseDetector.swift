import BriefingModel

/// Decides whether a title announces a release (not merely mentions a version), and of which project.
enum ReleaseDetector {
    /// A release found in a title.
    struct Found: Sendable, Hashable {
        var version: ReleaseVersion
        /// Lowercased last word of the project name, e.g. `istio`; the feed name when the title names none.
        var project: String
        /// The title's own spelling of the project, for headlines; else the name from the link or feed.
        var projectDisplay: String
        /// False when the title is only the version (`v1.14.0`) and the project came from the link or feed.
        var titleNamesProject = true
    }

    /// Phrases that say "this is the release" when a version is in the title.
    static let releasePhrases = [
        "release", "released", "releases", "releasing", "announcing", "announces", "announced", "is out",
        "is here", "now available", "generally available", "available now", "ships", "launches", "what's new",
        "what’s new", "changelog", "release notes", "发布", "版本", "正式", "上线",
    ]
    /// Words a bare release title may carry besides the project and the version.
    static let fillerWords: Set<String> = [
        "release", "released", "version", "announcing", "is", "out", "now", "available", "ga", "final", "lts",
        "new", "the", "v", "stable", "update", "edition",
    ]

    /// The release `input` announces, if its title looks like a release announcement.
    static func detect(_ input: ClassifierInput) -> Found? {
        guard let version = ReleaseVersion.find(in: input.title) else { return nil }
        let lower = input.title.lowercased()
        let prefixText = prefix(of: input.title, before: version.literal)
        let prefixWords = Tokenizer.words(prefixText).filter { !fillerWords.contains($0) }
        let rest = lower.replacingOccurrences(of: version.literal.lowercased(), with: " ")
        let others = Tokenizer.words(rest).filter {
            !fillerWords.contains($0) && !Tokenizer.stopwords.contains($0) && !VersionScanner.isMarker($0)
        }
        let bare = others.count <= (input.feedKind == .project ? 3 : 2) && !hasOtherChinese(rest)
        let announced = releasePhrases.contains { KeywordMatcher.contains(lower, keyword: $0) }
        guard bare || announced else { return nil }
        if let project = prefixWords.last {
            return Found(
                version: version, project: project, projectDisplay: displayName(prefixText, fallback: input.source))
        }
        let named = ProjectName.display(url: input.url, feed: input.source) ?? input.source
        let key = Tokenizer.words(named).last ?? input.source.lowercased()
        return Found(version: version, project: key, projectDisplay: named, titleNamesProject: false)
    }

    /// The project and version a title mentions (`Istio 1.26 Adds …`) without announcing a release;
    /// nil when no word names a project before the version. For grouping coverage with the release.
    static func mention(_ input: ClassifierInput) -> Found? {
        guard let version = ReleaseVersion.find(in: input.title) else { return nil }
        let prefixText = prefix(of: input.title, before: version.literal)
        guard let project = Tokenizer.words(prefixText).filter({ !fillerWords.contains($0) }).last else { return nil }
        return Found(
            version: version, project: project, projectDisplay: displayName(prefixText, fallback: input.source))
    }

    /// Chinese text besides the release phrases (`部分新功能/优化解析`) means more than a bare release title.
    private static func hasOtherChinese(_ text: String) -> Bool {
        // Most release titles have no Chinese at all: no need to cut the phrases out (a Foundation call each).
        guard text.unicodeScalars.contains(where: Tokenizer.isCJK) else { return false }
        var rest = text
        for phrase in releasePhrases where phrase.unicodeScalars.contains(where: Tokenizer.isCJK) {
            rest = rest.replacingOccurrences(of: phrase, with: " ")
        }
        return rest.unicodeScalars.contains(where: Tokenizer.isCJK)
    }

    private static func prefix(of title: String, before literal: String) -> String {
        guard let range = LiteralSearch.firstRange(of: literal, in: title) else { return "" }
        return String(title[..<range.lowerBound])
    }

    /// The last one or two words before the version, as written (`Istio`, `Argo CD`).
    private static func displayName(_ prefixText: String, fallback: String) -> String {
        let words = prefixText.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
            .map(String.init)
            .filter { !fillerWords.contains($0.lowercased()) }
        let shown = words.suffix(2).joined(separator: " ")
        return shown.isEmpty ? fallback : shown
    }
}
