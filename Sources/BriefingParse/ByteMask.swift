/// Eight bytes tested at once (SWAR): each function returns a word with 0x80 set in exactly the
/// bytes that match, so `trailingZeroBitCount / 8` is the offset of the first match in memory
/// order. Words are loaded little-endian (`load(_:at:)`), whatever the machine.
enum ByteMask {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`, the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The bytes equal to `byte`. Exact: no carry crosses from one byte into the next.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return ~(((difference & lows) &+ lows) | difference) & highs
    }

    /// The bytes below 0x80 that are at most `limit` (which must be below 0x80).
    @inline(__always)
    static func atMost(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((word & lows) &+ ones &* UInt64(0x7F - limit)) | word) & highs
    }

    /// The bytes at or above 0x80 (not ASCII).
    @inline(__always)
    static func nonASCII(_ word: UInt64) -> UInt64 {
        word & highs
    }

    /// The offset within the word of the first flagged byte; the word must not be zero.
    @inline(__always)
    static func firstOffset(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}
