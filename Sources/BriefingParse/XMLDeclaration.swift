import Foundation

/// Reads the `encoding` pseudo-attribute of an XML declaration, whatever family the bytes are in.
enum XMLDeclaration {
    static func encodingLabel(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(1024))
        if head.count >= 4 {
            // BOM-less UTF-16/32 and EBCDIC: read the declaration through the family's decoder.
            let family: String? =
                switch (head[0], head[1], head[2], head[3]) {
                case (0x3C, 0, 0x3F, 0): "UTF-16LE"
                case (0, 0x3C, 0, 0x3F): "UTF-16BE"
                case (0x3C, 0, 0, 0): "UTF-32LE"
                case (0, 0, 0, 0x3C): "UTF-32BE"
                case (0x4C, 0x6F, 0xA7, 0x94): "CP037"
                default: nil
                }
            if let family {
                let usable = Array(head.prefix(head.count - head.count % 4))
                guard let ascii = Transcoder.toUTF8(usable, from: family, lenient: true) else { return nil }
                return label(inASCII: ascii) ?? (family.hasPrefix("UTF") ? family : nil)
            }
        }
        return label(inASCII: head)
    }

    /// Read on the bytes, without Foundation: this runs for every document parsed.
    private static func label(inASCII bytes: [UInt8]) -> String? {
        guard bytes.starts(with: "<?xml".utf8) else { return nil }
        guard let end = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let keyword = Array("encoding".utf8)
        guard end >= keyword.count,
            let found = (0...(end - keyword.count)).first(where: {
                bytes[$0..<$0 + keyword.count].elementsEqual(keyword)
            })
        else { return nil }
        var cursor = found + keyword.count
        while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == UInt8(ascii: "=") {
            cursor += 1
        }
        guard cursor < end, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = bytes[cursor]
        let valueStart = cursor + 1
        let valueEnd = bytes[valueStart..<end].firstIndex(of: quote) ?? end
        return valueEnd > valueStart ? String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self) : nil
    }

    /// The UTF-8 `bytes` with the declaration's encoding label replaced by `UTF-8`, so libxml2
    /// does not trip on labels it cannot read (e.g. `437`) after the document was transcoded.
    static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.starts(with: Array("<?xml".utf8)),
            let end = bytes.prefix(1024).firstIndex(of: UInt8(ascii: ">"))
        else { return bytes }
        let declaration = String(decoding: bytes[..<end], as: UTF8.self)
        guard let label = encodingLabel(in: bytes), label != "UTF-8",
            let range = declaration.range(of: label)
        else { return bytes }
        let replaced = declaration.replacingCharacters(in: range, with: "UTF-8")
        return Array(replaced.utf8) + bytes[end...]
    }
}
