/// Tells XML from JSON by the first significant byte, never by file name or Content-Type.
enum DocumentSniffer {
    enum Kind {
        case empty
        case xml
        case json
        case other
    }

    static func kind(of bytes: [UInt8]) -> Kind {
        var index = 0
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return .empty }
        switch bytes[index] {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"): return .json
        default: return looksLikeMarkup(bytes, from: index) ? .xml : .other
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Some feeds start with stray text before the root element; libxml2's RECOVER reads them.
    private static func looksLikeMarkup(_ bytes: [UInt8], from start: Int) -> Bool {
        let end = min(bytes.count, start + 1024)
        return bytes[start..<end].contains(UInt8(ascii: "<"))
    }
}
