import Foundation

/// A forward-only cursor over markup bytes with ASCII case-insensitive matching; enough for
/// sniffing and for reading `<link>` attributes, not an HTML parser.
struct MarkupScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func skipByteOrderMark() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func skipWhitespace() {
        while !isAtEnd, Self.isSpace(bytes[position]) { position += 1 }
    }

    /// Consumes `text` (lower-case ASCII) when the bytes match it case-insensitively.
    mutating func consume(_ text: String) -> Bool {
        guard matches(text, at: position) else { return false }
        position += text.utf8.count
        return true
    }

    /// When the bytes start with `opener`, moves past the next `closer` (or to the end) and returns true.
    mutating func skip(past opener: String, to closer: String) -> Bool {
        guard consume(opener) else { return false }
        advance(past: closer)
        return true
    }

    /// Moves just past the next occurrence of `text` (lower-case ASCII), or to the end; true when found.
    @discardableResult
    mutating func advance(past text: String) -> Bool {
        while !isAtEnd {
            if consume(text) { return true }
            position += 1
        }
        return false
    }

    /// Reads a tag or attribute name, lower-cased.
    mutating func readName() -> String {
        let start = position
        while !isAtEnd, !Self.isSpace(bytes[position]), !"=/>\"'".utf8.contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
    }

    /// Reads an attribute value, quoted or bare.
    mutating func readValue() -> String {
        let quote = isAtEnd ? 0 : bytes[position]
        let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        if quoted { position += 1 }
        let start = position
        while !isAtEnd {
            let byte = bytes[position]
            if quoted ? byte == quote : (Self.isSpace(byte) || byte == UInt8(ascii: ">")) { break }
            position += 1
        }
        let value = String(decoding: bytes[start..<position], as: UTF8.self)
        if quoted, !isAtEnd { position += 1 }
        return value
    }

    /// The byte at the cursor, if any.
    var current: UInt8? { isAtEnd ? nil : bytes[position] }

    mutating func step() { position += 1 }

    private func matches(_ text: String, at offset: Int) -> Bool {
        let pattern = Array(text.utf8)
        guard offset + pattern.count <= bytes.count else { return false }
        for (index, expected) in pattern.enumerated() where Self.lowercased(bytes[offset + index]) != expected {
            return false
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
