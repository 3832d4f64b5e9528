/// Decodes HTML character references (`&amp;`, `&#233;`, `&#xE9;`, `&eacute;`) in UTF-8 text.
enum HTMLEntityDecoder {
    static func decode(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` to `output` with every reference decoded; unknown ones stay as written.
    static func append(_ text: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard byte == UInt8(ascii: "&"), let (scalar, end) = reference(in: text, at: index) else {
                output.append(byte)
                index += 1
                continue
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            index = end
        }
    }

    /// The character a reference at `start` (an `&`) names, and the index just past it.
    /// Read on the bytes: plain text decodes one reference every few words.
    static func reference<Bytes: RandomAccessCollection<UInt8>>(
        in text: Bytes, at start: Int
    ) -> (Unicode.Scalar, Int)? where Bytes.Index == Int {
        var cursor = start + 1
        let limit = min(text.endIndex, start + 40)
        while cursor < limit, text[cursor] != UInt8(ascii: ";"), !isHTMLSpace(text[cursor]),
            text[cursor] != UInt8(ascii: "&")
        {
            cursor += 1
        }
        let end = cursor < text.endIndex && text[cursor] == UInt8(ascii: ";") ? cursor + 1 : cursor
        guard cursor > start + 1 else { return nil }
        let body = text[(start + 1)..<cursor]
        guard let scalar = body.first == UInt8(ascii: "#") ? numericScalar(body.dropFirst()) : namedScalar(body)
        else { return nil }
        return (scalar, end)
    }

    /// `233` or `xE9` (after the `#`): every byte a digit of its base, the value a scalar.
    private static func numericScalar<Digits: Collection<UInt8>>(_ digits: Digits) -> Unicode.Scalar? {
        var rest = digits[...]
        var radix: UInt32 = 10
        if let first = rest.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") {
            radix = 16
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in rest {
            guard let digit = digitValue(byte), digit < radix, value <= 0x10_FFFF else { return nil }
            value = value * radix + digit
        }
        return Unicode.Scalar(value)
    }

    private static func digitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func namedScalar<Name: Collection<UInt8>>(_ name: Name) -> Unicode.Scalar? {
        HTMLEntities.packed(name).flatMap(HTMLEntities.scalar(packed:))
    }
}
