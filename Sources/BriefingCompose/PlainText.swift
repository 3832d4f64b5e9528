/// Plain-text clean-up shared by every output: one line, no control or direction-override characters.
enum PlainText {
    /// Collapses whitespace runs (newlines included) to one space, drops control and bidi
    /// override characters, and trims. Works on UTF-8 bytes with an ASCII fast path: a draft of
    /// 10,000 entries runs this on every title and excerpt.
    static func singleLine(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if isInvisibleControl(scalar) { continue }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else {
                out.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unicode's White_Space set, spelled out: looking the property up per scalar was the
    /// largest cost of composing Chinese text.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// C0/C1 controls, zero-width characters and bidirectional overrides, which could hide or
    /// reorder text in an editor's view.
    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
