/// A forgiving HTML tokenizer over UTF-8 bytes: enough for text extraction and sanitizing, where
/// ill-formed markup must degrade to text rather than fail.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var index = 0
    /// Inside script/style the only markup is the matching end tag.
    private var rawTextElement: String?

    init(_ html: String) { bytes = Array(html.utf8) }

    mutating func next() -> HTMLToken? {
        guard index < bytes.count else { return nil }
        if let raw = rawTextElement { return rawText(until: raw) }
        if bytes[index] == UInt8(ascii: "<"), let token = tag() { return token }
        let start = index
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return .text(bytes[start..<index])
    }

    private mutating func rawText(until name: String) -> HTMLToken {
        rawTextElement = nil
        let closing = Array("</\(name)".utf8)
        var cursor = index
        while cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "<"), matchesIgnoringCase(closing, at: cursor) { break }
            cursor += 1
        }
        let text = bytes[index..<cursor]
        index = cursor
        return .text(text)
    }

    private func matchesIgnoringCase(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[position + offset] | 0x20 != pattern[offset] | 0x20 {
            return false
        }
        return true
    }

    private mutating func tag() -> HTMLToken? {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return skipDeclaration() }
        let closing = next == UInt8(ascii: "/")
        var cursor = index + (closing ? 2 : 1)
        guard cursor < bytes.count, isNameStart(bytes[cursor]) else { return nil }
        let nameStart = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
        index = cursor
        let (attributes, selfClosing) = readAttributes()
        if closing { return .end(name: name) }
        if name == "script" || name == "style" || name == "textarea" || name == "title" { rawTextElement = name }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func skipDeclaration() -> HTMLToken {
        let isComment = matchesIgnoringCase(Array("<!--".utf8), at: index)
        let terminator = Array((isComment ? "-->" : ">").utf8)
        var cursor = index + (isComment ? 4 : 2)
        while cursor < bytes.count, !matchesIgnoringCase(terminator, at: cursor) { cursor += 1 }
        index = min(bytes.count, cursor + terminator.count)
        return .other
    }

    private mutating func readAttributes() -> ([(name: String, value: String)], Bool) {
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") || isHTMLSpace(byte) {
                selfClosing = byte == UInt8(ascii: "/")
                index += 1
                continue
            }
            selfClosing = false
            attributes.append(readAttribute())
        }
        return (attributes, selfClosing)
    }

    private mutating func readAttribute() -> (name: String, value: String) {
        let start = index
        while index < bytes.count, !isHTMLSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
            bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") || index == start
        {
            index += 1
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        while index < bytes.count, isHTMLSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return (name, "") }
        index += 1
        while index < bytes.count, isHTMLSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return (name, "") }
        let quote = bytes[index]
        let valueStart: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            valueStart = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
        } else {
            valueStart = index
            while index < bytes.count, !isHTMLSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        }
        let value = HTMLEntityDecoder.decode(bytes[valueStart..<index])
        if index < bytes.count, bytes[index] == quote { index += 1 }
        return (name, value)
    }

    private func isNameStart(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "_")
    }
}

@inline(__always)
func isHTMLSpace(_ byte: UInt8) -> Bool { isXMLSpace(byte) || byte == 0x0C }
