import Foundation

/// Reads the dates feeds write: RFC 822/2822 and their real-world variants, RFC 3339/W3C-DTF,
/// ISO 8601 basic/ordinal/week forms, `2025年5月6日`, US and military zones, and Unix time.
/// Hand-written (no DateFormatter): it runs once per date field of every entry.
public enum FeedDate {
    /// The instant `text` names, or nil when it is not a date. A date without a zone is UTC.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// `parse(_:)` on UTF-8 bytes, for the SAX reader that has them already.
    static func parse(utf8 input: UnsafeBufferPointer<UInt8>) -> Date? {
        if input.contains(where: { $0 >= 0x80 }) {
            var normalized = normalizedCJK(String(decoding: input, as: UTF8.self))
            return normalized.withUTF8 { parseNormalized($0) }
        }
        return parseNormalized(input)
    }

    private static func parseNormalized(_ input: UnsafeBufferPointer<UInt8>) -> Date? {
        let bytes = input.trimmingXMLSpace()
        guard !bytes.isEmpty else { return nil }
        if let date = FixedDateShapes.date(bytes) { return date }
        if bytes.allSatisfy(isDigit), bytes.count >= 9, bytes.count <= 11 {
            guard let seconds = Int(String(decoding: bytes, as: UTF8.self)) else { return nil }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        if isDigit(bytes[0]), bytes.count >= 4, bytes[0..<4].allSatisfy(isDigit) {
            var reader = ISODateReader(bytes)
            if let fields = reader.read() { return fields.date }
        }
        var reader = RFCDateReader(bytes)
        return reader.read()?.date
    }

    /// `2025年5月6日 10:00` → `2025-5-6 10:00`.
    private static func normalizedCJK(_ text: String) -> String {
        text.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
            .replacingOccurrences(of: "日", with: " ")
    }
}

@inline(__always)
func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
