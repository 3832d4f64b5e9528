extension StringProtocol {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        var text = String(self)
        let (leading, trailing) = text.withUTF8 { bytes -> (Int, Int) in
            let leading = bytes.prefix(while: isXMLSpace).count
            guard leading < bytes.count else { return (leading, 0) }
            return (leading, bytes.reversed().prefix(while: isXMLSpace).count)
        }
        if leading == 0, trailing == 0 { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: leading)
        let end = utf8.index(utf8.endIndex, offsetBy: -trailing)
        return start < end ? String(text[start..<end]) : ""
    }
}

extension String {
    /// The string with every `_` as `-` (`en_US` → `en-US`, `shift_jis` → `shift-jis`), without
    /// Foundation's `replacingOccurrences`, which goes through NSString.
    func underscoresAsHyphens() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing XML white space.
    func trimmingXMLSpace() -> UnsafeBufferPointer<UInt8> {
        guard let first = firstIndex(where: { !isXMLSpace($0) }), let last = lastIndex(where: { !isXMLSpace($0) })
        else { return UnsafeBufferPointer(rebasing: self[0..<0]) }
        return UnsafeBufferPointer(rebasing: self[first...last])
    }
}

@inline(__always)
func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}
