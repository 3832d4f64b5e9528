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
            var normalized = normalizedNonASCII(String(decoding: input, as: UTF8.self))
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
        if startsWithYear(bytes) {
            var reader = ISODateReader(bytes)
            if let fields = reader.read() { return fields.date }
        }
        if let date = yearFirstAfterWeekday(bytes) { return date }
        var reader = RFCDateReader(bytes)
        return reader.read()?.date
    }

    private static func startsWithYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 4 && bytes[0..<4].allSatisfy(isDigit)
    }

    /// Perforce's `Fri, 2006/09/15 08:19:53 EDT` (feedparser reads it) and `Wed, 2025-03-05
    /// 10:20:30 +0000`: a weekday before a year-first date, which only the ISO reader reads.
    private static func yearFirstAfterWeekday(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        while index < bytes.count, isASCIILetter(bytes[index]) { index += 1 }
        guard index >= 3, let word = PackedName(bytes[0..<index]), MonthNames.isWeekday(word) else { return nil }
        while index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".") {
            index += 1
        }
        while index < bytes.count, isXMLSpace(bytes[index]) { index += 1 }
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        // A month must follow the year: `Wed, 2025` alone is not 1 January.
        let separator = rest.count > 5 ? rest[4] : 0
        guard startsWithYear(rest),
            separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || isDigit(separator)
        else { return nil }
        var reader = ISODateReader(rest)
        return reader.read()?.date
    }

    /// `2025年5月6日 10:00` → `2025-5-6 10:00`; a no-break or other Unicode space (CMSs write
    /// `2025-05-06&nbsp;10:00`) → a space, as feedparser's `split()` reads them; Greek month and
    /// weekday names → English ones.
    private static func normalizedNonASCII(_ text: String) -> String {
        var normalized = String.UnicodeScalarView()
        var greek = String.UnicodeScalarView()
        func endGreekWord() {
            guard !greek.isEmpty else { return }
            normalized.append(contentsOf: GreekDateNames.english(String(greek)).unicodeScalars)
            greek.removeAll()
        }
        for scalar in text.unicodeScalars {
            if ("\u{0370}"..."\u{03FF}").contains(scalar) {
                greek.append(scalar)
                continue
            }
            endGreekWord()
            switch scalar {
            case "年", "月": normalized.append("-")
            case "日", "\u{00A0}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}": normalized.append(" ")
            default: normalized.append(scalar)
            }
        }
        endGreekWord()
        return String(normalized)
    }
}

@inline(__always)
func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// An ASCII letter, either case.
@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
