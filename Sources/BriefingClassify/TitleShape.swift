/// Shape features of a title that say what kind of piece it is whatever its words: a version, a question,
/// a comparison, its leading verb, a `Name: description` form, its script.
enum TitleShape {
    static func features(_ title: String) -> [String] {
        var shapes: [String] = []
        // Scalar tests, not Foundation's `contains(_: String)`, which costs a search setup per call.
        let scalars = title.unicodeScalars
        if let version = ReleaseVersion.find(in: title) {
            shapes.append("@version")
            shapes.append(version.isPreRelease ? "@version:pre" : version.isPatch ? "@version:patch" : "@version:minor")
            if title.count <= version.literal.count + 12 { shapes.append("@version:bare") }
        }
        if scalars.contains(where: { $0 == "?" || $0 == "？" }) { shapes.append("@question") }
        let words = Tokenizer.words(title)
        if words.contains("vs") || words.contains("versus") { shapes.append("@vs") }
        if let first = words.first, !first.allSatisfy(\.isNumber) { shapes.append("@first:" + Tokenizer.stem(first)) }
        if scalars.contains(where: { $0 == ":" || $0 == "：" }) { shapes.append("@colon") }
        if scalars.contains(where: Tokenizer.isCJK) { shapes.append("@cjk") }
        if words.count <= 4 { shapes.append("@short") }
        return shapes
    }

    /// `Kubernetes v1.33: Image Volumes Graduate` → the version and `Image Volumes Graduate`: what
    /// follows a version and a colon (ASCII or the full-width `：` of Chinese titles), or nil.
    static func afterVersionColon(_ title: String) -> (version: ReleaseVersion, rest: Substring)? {
        guard let version = ReleaseVersion.find(in: title),
            let range = LiteralSearch.firstRange(of: version.literal, in: title)
        else {
            return nil
        }
        let rest = Whitespace.trimmed(title[range.upperBound...])
        guard rest.hasPrefix(":") || rest.hasPrefix("：") else { return nil }
        return (version, rest.dropFirst())
    }
}
