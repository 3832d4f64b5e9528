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
        let body = String(decoding: text[(start + 1)..<cursor], as: UTF8.self)
        let end = cursor < text.endIndex && text[cursor] == UInt8(ascii: ";") ? cursor + 1 : cursor
        guard cursor > start + 1, let scalar = scalar(for: body) else { return nil }
        return (scalar, end)
    }

    private static func scalar(for body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if body.hasPrefix("#") { return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init) }
        switch body {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        default: return HTMLEntities.scalar(named: body[...])
        }
    }
}
