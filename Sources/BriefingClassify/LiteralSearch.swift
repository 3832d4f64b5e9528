import Foundation

/// Finds where a version literal sits in a title. Foundation's `range(of:)` costs a search set-up per
/// call on Linux and runs several times per classification; on ASCII text (most titles) it finds
/// exactly what a byte search finds, so only other text goes to Foundation.
enum LiteralSearch {
    /// The first range of `needle` in `text`, as `text.range(of: needle)` gives it.
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text
        var needle = needle
        let offset = text.withUTF8 { haystack in
            needle.withUTF8 { needle -> Int?? in
                guard isPlainASCII(haystack), isPlainASCII(needle) else { return .none }
                return .some(firstOffset(of: needle, in: haystack))
            }
        }
        guard let found = offset else { return text.range(of: needle) }
        guard let start = found else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// ASCII without `\r` (Foundation and `Character` treat `\r\n` as one).
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) {
            var offset = 0
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return start }
        }
        return nil
    }
}
