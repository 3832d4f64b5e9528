/// Finds version numbers in a title, character by character (no regex: it runs on every entry).
struct VersionScanner {
    /// Words that mark a pre-release when attached to or written next to a version.
    static let preReleaseMarkers = [
        "rc", "alpha", "beta", "nightly", "dev", "next", "preview", "pre", "snapshot", "canary",
    ]

    private let chars: [Character]

    init(_ title: String) {
        chars = Array(title)
    }

    func first() -> ReleaseVersion? {
        var index = 0
        while index < chars.count {
            if isStart(index), let (version, end) = parse(at: index) {
                return withNearbyMarker(version, end: end)
            }
            index += 1
        }
        return nil
    }

    /// A version starts at a digit (or a `v` before one) that does not continue a word, a number or a price.
    private func isStart(_ index: Int) -> Bool {
        guard chars[index].isASCII, chars[index].isNumber else { return false }
        guard index > 0 else { return true }
        let previous = chars[index - 1]
        if previous == "v" || previous == "V" {
            return index < 2 || !(chars[index - 2].isLetter || chars[index - 2].isNumber)
        }
        return !(previous.isLetter || previous.isNumber || previous == "." || previous == "$" || previous == "€")
    }

    private func parse(at start: Int) -> (ReleaseVersion, Int)? {
        var index = start
        var parts: [Int] = []
        while parts.count < 3, let (number, end) = number(at: index) {
            parts.append(number)
            index = end
            guard parts.count < 3, index + 1 < chars.count, chars[index] == ".", chars[index + 1].isNumber,
                chars[index + 1].isASCII
            else { break }
            index += 1
        }
        guard parts.count >= 2 else { return nil }
        if index < chars.count, chars[index] == ".", index + 1 < chars.count, chars[index + 1].isNumber {
            return nil  // four numbers: an address, not a version
        }
        guard let (tag, end) = suffix(at: index) else { return nil }
        let literalStart = start > 0 && (chars[start - 1] == "v" || chars[start - 1] == "V") ? start - 1 : start
        let literal = String(chars[literalStart..<end])
        let version = ReleaseVersion(
            major: parts[0], minor: parts[1], patch: parts.count > 2 ? parts[2] : 0, preRelease: tag,
            literal: literal)
        return (version, end)
    }

    private func number(at index: Int) -> (Int, Int)? {
        var end = index
        while end < chars.count, chars[end].isASCII, chars[end].isNumber, end - index < 9 { end += 1 }
        guard end > index, let value = Int(String(chars[index..<end])) else { return nil }
        return (value, end)
    }

    /// The tag glued to the numbers (`-rc.1`, `.dev0`, `beta2`); nil result means "not a version" (`3.5x`, `99.9%`).
    private func suffix(at index: Int) -> (String?, Int)? {
        guard index < chars.count else { return (nil, index) }
        let first = chars[index]
        if first == "%" { return nil }
        let glued =
            first == "-" || first == "+" || (first == "." && index + 1 < chars.count && chars[index + 1].isLetter)
        guard glued || (first.isLetter && first.isASCII) else { return (nil, index) }
        var end = glued ? index + 1 : index
        while end < chars.count, chars[end].isASCII,
            chars[end].isLetter || chars[end].isNumber || chars[end] == "." || chars[end] == "-"
        {
            end += 1
        }
        while end > index, chars[end - 1] == "." || chars[end - 1] == "-" { end -= 1 }
        let tag = String(chars[(glued ? index + 1 : index)..<end])
        guard !tag.isEmpty else { return (nil, index) }
        if Self.isMarker(tag) { return (tag, end) }
        return glued ? (nil, index) : nil
    }

    /// A marker written as its own word right after the version: `2.0 beta`, `1.4 Preview 2`.
    private func withNearbyMarker(_ version: ReleaseVersion, end: Int) -> ReleaseVersion {
        guard version.preRelease == nil else { return version }
        var index = end
        while index < chars.count, chars[index] == " " || chars[index] == "-" { index += 1 }
        var wordEnd = index
        while wordEnd < chars.count, chars[wordEnd].isASCII, chars[wordEnd].isLetter || chars[wordEnd].isNumber {
            wordEnd += 1
        }
        let word = String(chars[index..<wordEnd])
        var result = version
        if !word.isEmpty, Self.isMarker(word) {
            result.preRelease = word.lowercased()
        } else if String(chars).lowercased().contains("nightly") {
            result.preRelease = "nightly"
        }
        return result
    }

    static func isMarker(_ tag: String) -> Bool {
        let lower = tag.lowercased()
        return preReleaseMarkers.contains { marker in
            guard lower.hasPrefix(marker) else { return false }
            let rest = lower.dropFirst(marker.count)
            return rest.first.map { $0.isNumber || $0 == "." || $0 == "-" } ?? true
        }
    }
}
