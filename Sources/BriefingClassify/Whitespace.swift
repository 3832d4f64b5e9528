/// `trimmingCharacters(in: .whitespaces)` without Foundation, which costs thousands of instructions
/// a call on Linux and runs on most titles. The set is Foundation's (CoreFoundation's whitespace:
/// tab, space, no-break space, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000), trimmed by scalar as
/// Foundation trims (`WhitespaceTests` checks the set against Foundation's, scalar by scalar).
enum Whitespace {
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isWhitespace(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, isWhitespace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
