import Foundation

/// Decides which addresses may become links: http and https only, with a host, no spaces.
enum SafeLink {
    private static let maximumLength = 2048

    /// `url` ready to put in a Markdown or HTML link, or nil when it is not a plain http(s) address.
    /// Characters that could end a Markdown link destination or an attribute are percent-encoded.
    static func http(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = url.trimmingSpaces()
        guard trimmed.utf8.count <= maximumLength, hasHTTPScheme(trimmed) else { return nil }
        let afterScheme = trimmed.drop { $0 != ":" }.dropFirst(3)
        guard let host = afterScheme.split(separator: "/", maxSplits: 1).first, !host.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(trimmed.utf8.count)
        for byte in trimmed.utf8 {
            guard byte > 0x20, byte != 0x7F else { return nil }
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "["),
                UInt8(ascii: "]"):
                out += Array(("%" + hex(UInt32(byte))).utf8)
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A form of a link for comparing drafts with entries: lowercased scheme and host, no
    /// fragment, no trailing slash.
    static func comparable(_ url: String) -> String {
        var text = Substring(url.trimmingSpaces())
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        while text.hasSuffix("/") { text = text.dropLast() }
        guard let schemeEnd = text.firstRange(of: "://") else { return String(text) }
        let rest = text[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let head = text[..<hostEnd].lowercased()
        return head + rest[hostEnd...]
    }

    private static func hasHTTPScheme(_ text: String) -> Bool {
        let head = text.prefix(8).lowercased()
        return head.hasPrefix("http://") || head.hasPrefix("https://")
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
    }
}
