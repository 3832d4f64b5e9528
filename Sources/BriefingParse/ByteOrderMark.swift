/// A byte order mark, or the first bytes of `<?xml` in a BOM-less UTF-16/32 or EBCDIC document.
enum ByteOrderMark: Equatable {
    case utf8
    case utf16BE
    case utf16LE
    case utf32BE
    case utf32LE

    var length: Int {
        switch self {
        case .utf8: return 3
        case .utf16BE, .utf16LE: return 2
        case .utf32BE, .utf32LE: return 4
        }
    }

    var encodingName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16BE: return "UTF-16BE"
        case .utf16LE: return "UTF-16LE"
        case .utf32BE: return "UTF-32BE"
        case .utf32LE: return "UTF-32LE"
        }
    }

    static func detect(_ bytes: [UInt8]) -> ByteOrderMark? {
        guard bytes.count >= 2 else { return nil }
        if bytes.count >= 4 {
            if bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return .utf32BE }
            if bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return .utf32LE }
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        return nil
    }
}
