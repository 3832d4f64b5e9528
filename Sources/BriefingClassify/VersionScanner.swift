/// Finds version numbers in a title, character by character (no regex: it runs on every entry).
///
/// It runs several times per classification, so it first checks the bytes for a digit, a dot and a
/// digit (every version has them, most titles do not), and tests ASCII characters by their byte:
/// `Character.isNumber` and `isLetter` cost a Unicode property lookup each on Linux.
struct VersionScanner {
    /// Words that mark a pre-release when attached to or written next to a version.
    static let preReleaseMarkers = [
        "rc", "alpha", "beta", "nightly", "dev", "next", "preview", "pre", "snapshot", "canary",
    ]

    private let chars: [Character]
    /// The title as given: `String(chars)`, without building it again.
    private let title: String

    init(_ title: String) {
        self.title = title
        chars = Self.mayHoldVersion(title) ? Array(title) : []
    }

    /// Whether `title`'s UTF-8 has an ASCII digit, a dot and an ASCII digit in a row: `parse` needs
    /// them as three single-scalar characters, whose bytes are consecutive.
    static func mayHoldVersion(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 1..<(bytes.count - 1) where bytes[index] == UInt8(ascii: ".") {
                if isDigit(bytes[index - 1]), isDigit(bytes[index + 1]) { return true }
            }
            return false
        }
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
        guard Self.isASCIIDigit(chars[index]) else { return false }
        guard index > 0 else { return true }
        let previous = chars[index - 1]
        if previous == "v" || previous == "V" {
            return index < 2 || !Self.isLetterOrNumber(chars[index - 2])
        }
        return !(Self.isLetterOrNumber(previous) || previous == "." || previous == "$" || previous == "€")
    }

    private func parse(at start: Int) -> (ReleaseVersion, Int)? {
        var index = start
        var parts: [Int] = []
        while parts.count < 3, let (number, end) = number(at: index) {
            parts.append(number)
            index = end
            guard parts.count < 3, index + 1 < chars.count, chars[index] == ".", Self.isASCIIDigit(chars[index + 1])
            else { break }
            index += 1
        }
        guard parts.count >= 2 else { return nil }
        if index < chars.count, chars[index] == ".", index + 1 < chars.count, Self.isNumber(chars[index + 1]) {
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
        while end < chars.count, Self.isASCIIDigit(chars[end]), end - index < 9 { end += 1 }
        guard end > index else { return nil }
        // At most nine ASCII digits: their value, without building a String for `Int(_:)`.
        let value = chars[index..<end].reduce(0) { $0 * 10 + Int(($1.asciiValue ?? 0x30) - 0x30) }
        return (value, end)
    }

    /// The tag glued to the numbers (`-rc.1`, `.dev0`, `beta2`); nil result means "not a version" (`3.5x`, `99.9%`).
    private func suffix(at index: Int) -> (String?, Int)? {
        guard index < chars.count else { return (nil, index) }
        let first = chars[index]
        if first == "%" { return nil }
        let glued =
            first == "-" || first == "+" || (first == "." && index + 1 < chars.count && Self.isLetter(chars[index + 1]))
        guard glued || Self.isASCIILetter(first) else { return (nil, index) }
        var end = glued ? index + 1 : index
        while end < chars.count, Self.isASCIILetterOrDigit(chars[end]) || chars[end] == "." || chars[end] == "-" {
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
        while wordEnd < chars.count, Self.isASCIILetterOrDigit(chars[wordEnd]) {
            wordEnd += 1
        }
        let word = String(chars[index..<wordEnd])
        var result = version
        if !word.isEmpty, Self.isMarker(word) {
            result.preRelease = word.lowercased()
        } else if Self.mentionsNightly(title) {
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

    /// `title.lowercased().contains("nightly")`: on plain ASCII a byte search finds the same.
    private static func mentionsNightly(_ title: String) -> Bool {
        var lower = title.lowercased()
        let ascii = lower.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard ascii else { return lower.contains("nightly") }
        return KeywordMatcher.containsSubstring(Array(lower.utf8), Array("nightly".utf8))
    }

    // Character tests with an ASCII fast path: an ASCII character (`asciiValue`; `\r\n` reads as `\n`)
    // is a letter or number exactly when its byte is one.

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// `character.isASCII && character.isNumber`.
    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.asciiValue.map(isDigit) ?? false
    }

    /// `character.isASCII && character.isLetter`.
    private static func isASCIILetter(_ character: Character) -> Bool {
        character.asciiValue.map(isLetterByte) ?? false
    }

    /// `character.isASCII && (character.isLetter || character.isNumber)`.
    private static func isASCIILetterOrDigit(_ character: Character) -> Bool {
        character.asciiValue.map { isLetterByte($0) || isDigit($0) } ?? false
    }

    private static func isNumber(_ character: Character) -> Bool {
        character.asciiValue.map(isDigit) ?? character.isNumber
    }

    private static func isLetter(_ character: Character) -> Bool {
        character.asciiValue.map(isLetterByte) ?? character.isLetter
    }

    private static func isLetterOrNumber(_ character: Character) -> Bool {
        character.asciiValue.map { isLetterByte($0) || isDigit($0) } ?? (character.isLetter || character.isNumber)
    }
}
