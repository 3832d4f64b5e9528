import Glibc

/// Escapes the `&` that XML would reject but feeds write anyway: bare ampersands in URLs
/// (`?a=1&b=2`), references to entities nobody declared (`&doesnotexist;`, kept as text, as
/// feedparser's loose mode does) and `&#X41;`. CDATA sections and comments are left alone.
enum AmpersandRepair {
    /// The repaired bytes, or nil when every `&` outside CDATA and comments is already fine
    /// (the common case: one memchr pass, no copy).
    static func repaired(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var finder = AmpersandFinder(buffer)
        var fixes: [(position: Int, kind: AmpersandFinder.Kind)] = []
        while let fix = finder.nextFix() { fixes.append(fix) }
        guard !fixes.isEmpty else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(buffer.count + fixes.count * 4)
        var copied = 0
        for fix in fixes {
            output.append(contentsOf: buffer[copied..<fix.position])
            switch fix.kind {
            case .bare:
                output.append(contentsOf: "&amp;".utf8)
                copied = fix.position + 1
            case .upperHex:
                output.append(contentsOf: "&#x".utf8)
                copied = fix.position + 3
            }
        }
        output.append(contentsOf: buffer[copied...])
        return output
    }
}

/// Finds the ampersands `AmpersandRepair` must rewrite, skipping CDATA sections and comments
/// (mapped lazily, only up to a suspicious `&`).
private struct AmpersandFinder {
    enum Kind {
        case bare
        case upperHex
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let hasDoctype: Bool
    private var next = 0
    /// Verbatim sections (CDATA, comments) are known up to here; the last one ends at `verbatimEnd`.
    private var mappedUpTo = 0
    private var verbatimEnd = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        hasDoctype = AmpersandFinder.find("<!DOCTYPE", in: bytes, from: 0, limit: min(bytes.count, 4096)) != nil
    }

    mutating func nextFix() -> (position: Int, kind: Kind)? {
        guard let base = bytes.baseAddress else { return nil }
        while next < bytes.count {
            guard let found = memchr(base + next, Int32(UInt8(ascii: "&")), bytes.count - next) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            next = position + 1
            guard let kind = classify(at: position), !insideVerbatim(position) else { continue }
            return (position, kind)
        }
        return nil
    }

    private mutating func insideVerbatim(_ position: Int) -> Bool {
        while mappedUpTo < position {
            guard let open = Self.find("<!", in: bytes, from: mappedUpTo, limit: position) else {
                mappedUpTo = position
                break
            }
            let closer: StaticString
            if Self.starts("<![CDATA[", in: bytes, at: open) {
                closer = "]]>"
            } else if Self.starts("<!--", in: bytes, at: open) {
                closer = "-->"
            } else {
                mappedUpTo = open + 2
                continue
            }
            let close = Self.find(closer, in: bytes, from: open + 4, limit: bytes.count) ?? bytes.count
            verbatimEnd = min(bytes.count, close + closer.utf8CodeUnitCount)
            mappedUpTo = verbatimEnd
        }
        return position < verbatimEnd
    }

    /// Nil when the reference at `start` is fine as it is.
    private func classify(at start: Int) -> Kind? {
        if isCommonReference(at: start + 1) { return nil }
        var cursor = start + 1
        guard cursor < bytes.count else { return .bare }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let upper = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "X")
            let hex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            let digitsStart = cursor
            while cursor < bytes.count, hex ? isHexDigit(bytes[cursor]) : isDigit(bytes[cursor]) { cursor += 1 }
            guard cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else { return .bare }
            return upper ? .upperHex : nil
        }
        guard isNameStart(bytes[cursor]) else { return .bare }
        while cursor < bytes.count, cursor - start < 64, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else { return .bare }
        // With a DTD any name may be declared there; without one only XML's five and HTML's are known.
        if hasDoctype { return nil }
        let name = bytes[(start + 1)..<cursor]
        if name.count <= 4, isPredefined(name) { return nil }
        let text = String(decoding: name, as: UTF8.self)
        return HTMLEntities.scalar(named: text[...]) == nil ? .bare : nil
    }

    /// `lt;`, `gt;`, `amp;` and `quot;` after the `&`: most references in escaped HTML.
    private func isCommonReference(at start: Int) -> Bool {
        guard start + 4 < bytes.count else { return false }
        let first = bytes[start]
        let second = bytes[start + 1]
        if (first == UInt8(ascii: "l") || first == UInt8(ascii: "g")) && second == UInt8(ascii: "t") {
            return bytes[start + 2] == UInt8(ascii: ";")
        }
        if first == UInt8(ascii: "a") && second == UInt8(ascii: "m") {
            return bytes[start + 2] == UInt8(ascii: "p") && bytes[start + 3] == UInt8(ascii: ";")
        }
        return false
    }

    private func isPredefined(_ name: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let packed = PackedName(name)
        return packed == Self.amp || packed == Self.lt || packed == Self.gt || packed == Self.quot
            || packed == Self.apos
    }

    private static let amp = PackedName("amp")
    private static let lt = PackedName("lt")
    private static let gt = PackedName("gt")
    private static let quot = PackedName("quot")
    private static let apos = PackedName("apos")

    private static func find(
        _ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var cursor = start
        while cursor < limit {
            guard let found = memchr(base + cursor, Int32(needle.utf8Start[0]), limit - cursor) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if starts(needle, in: bytes, at: position) { return position }
            cursor = position + 1
        }
        return nil
    }

    private static func starts(_ prefix: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[start + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte >= 0x80
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
