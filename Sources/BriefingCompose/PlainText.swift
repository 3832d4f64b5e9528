/// Plain-text clean-up shared by every output: one line, no control or direction-override characters.
enum PlainText {
    /// Collapses whitespace runs (newlines included) to one space, drops control and bidi
    /// override characters, and trims.
    static func singleLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if isInvisibleControl(scalar) { continue }
            if pendingSpace {
                out.unicodeScalars.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
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
