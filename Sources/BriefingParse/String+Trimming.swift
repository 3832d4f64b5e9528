extension StringProtocol {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        if let first = utf8.first, !isXMLSpace(first), let last = self.last,
            !(last == " " || last == "\n" || last == "\t" || last == "\r" || last == "\r\n")
        {
            return String(self)
        }
        let bytes = Array(self.utf8)
        guard let first = bytes.firstIndex(where: { !isXMLSpace($0) }),
            let last = bytes.lastIndex(where: { !isXMLSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

@inline(__always)
func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}
