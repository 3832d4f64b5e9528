import Glibc

/// C1 control characters (U+0080–U+009F) in feeds are nearly always Windows-1252 bytes that
/// were decoded as Latin-1; like feedparser, read them as the Windows-1252 characters meant.
enum C1Controls {
    /// Whether UTF-8 `bytes` hold a C1 control (0xC2 0x80–0x9F); a cheap test before `demoronized`.
    static func mayContain(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var offset = 0
        while offset < buffer.count, let found = memchr(base + offset, 0xC2, buffer.count - offset) {
            let next = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if next < buffer.count, buffer[next] >= 0x80, buffer[next] <= 0x9F { return true }
            offset = next
        }
        return false
    }

    static func demoronized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value <= 0x9F }) else { return text }
        if let repaired = undoingDoubleEncoding(text) { return repaired }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, scalar.value <= 0x9F, let mapped = windows1252[Int(scalar.value - 0x80)] {
                output.append(mapped)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// UTF-8 that was read as Latin-1 and encoded again (`â\u{80}¦` for `…`): when every
    /// character fits a byte and those bytes are valid UTF-8, the UTF-8 reading is the one meant.
    private static func undoingDoubleEncoding(_ text: String) -> String? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return nil }
            bytes.append(UInt8(scalar.value))
        }
        guard UTF8Validator.isValid(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
