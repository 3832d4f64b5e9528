/// Reading Unicode scalars straight off a string's UTF-8 bytes: the hot loops scan bytes (Swift's
/// `String` and `Character` views cost a grapheme or property lookup per step on Linux) and decode
/// only the rare non-ASCII scalar they need to classify.
enum UTF8Scalar {
    /// The scalar starting at `index` of valid UTF-8 `bytes` (a `String`'s own), and its length in bytes.
    /// A continuation byte (never a start in valid text) reads as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar holding byte `index` (steps back over continuation bytes).
    @inline(__always)
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var lead = index
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return lead
    }
}
