/// Escapes the `&` that XML would reject but feeds write anyway: bare ampersands in URLs
/// (`?a=1&b=2`), references to entities nobody declared (`&doesnotexist;`, kept as text, as
/// feedparser's loose mode does) and `&#X41;`. CDATA sections and comments are left alone.
enum AmpersandRepair {
    /// The repaired bytes, or nil when every `&` outside CDATA and comments is already fine.
    static func repaired(_ bytes: [UInt8]) -> [UInt8]? {
        let hasDoctype = containsDoctype(bytes)
        guard needsRepair(bytes, hasDoctype: hasDoctype) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var index = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = endOfVerbatim(bytes, at: index) {
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            if byte == UInt8(ascii: "&") {
                switch reference(bytes, at: index, hasDoctype: hasDoctype) {
                case .valid: output.append(byte)
                case .bare:
                    output.append(contentsOf: "&amp;".utf8)
                    changed = true
                case .upperHex:
                    output.append(contentsOf: "&#x".utf8)
                    changed = true
                    index += 3
                    continue
                }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return changed ? output : nil
    }

    private enum Reference {
        case valid
        case bare
        case upperHex
    }

    private static func needsRepair(_ bytes: [UInt8], hasDoctype: Bool) -> Bool {
        var index = 0
        while let found = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            if reference(bytes, at: found, hasDoctype: hasDoctype) != .valid { return true }
            index = found + 1
        }
        return false
    }

    private static func reference(_ bytes: [UInt8], at start: Int, hasDoctype: Bool) -> Reference {
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
            return upper ? .upperHex : .valid
        }
        guard isNameStart(bytes[cursor]) else { return .bare }
        while cursor < bytes.count, cursor - start < 64, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else { return .bare }
        // With a DTD, any name may be declared there; without one only XML's five and HTML's are known.
        if hasDoctype { return .valid }
        let name = String(decoding: bytes[(start + 1)..<cursor], as: UTF8.self)
        switch name {
        case "amp", "lt", "gt", "quot", "apos": return .valid
        default: return HTMLEntities.scalar(named: name[...]) == nil ? .bare : .valid
        }
    }

    /// The end of a CDATA section or comment starting at `start`, or nil when none starts there.
    private static func endOfVerbatim(_ bytes: [UInt8], at start: Int) -> Int? {
        let opener: (String, String)
        if matches(bytes, "<![CDATA[", at: start) {
            opener = ("<![CDATA[", "]]>")
        } else if matches(bytes, "<!--", at: start) {
            opener = ("<!--", "-->")
        } else {
            return nil
        }
        var cursor = start + opener.0.utf8.count
        while cursor < bytes.count, !matches(bytes, opener.1, at: cursor) { cursor += 1 }
        return min(bytes.count, cursor + opener.1.utf8.count)
    }

    private static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        var index = head.startIndex
        while let found = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            if matches(bytes, "<!DOCTYPE", at: found) { return true }
            index = found + 1
        }
        return false
    }

    private static func matches(_ bytes: [UInt8], _ text: String, at start: Int) -> Bool {
        let pattern = text.utf8
        guard start + pattern.count <= bytes.count else { return false }
        return zip(bytes[start...], pattern).allSatisfy { $0 == $1 }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte >= 0x80
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
