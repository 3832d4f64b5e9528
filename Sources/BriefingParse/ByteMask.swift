/// Eight bytes tested at once (SWAR): each function returns a word with 0x80 set in exactly the
/// bytes that match, so `trailingZeroBitCount / 8` is the offset of the first match in memory
/// order. Words are loaded little-endian (`load(_:at:)`), whatever the machine.
enum ByteMask {
    /// The eight bytes at `offset`, the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The bytes at or above 0x80 (not ASCII).
    @inline(__always)
    static func nonASCII(_ word: UInt64) -> UInt64 {
        word & 0x8080_8080_8080_8080
    }

    /// The offset within the word of the first flagged byte; the word must not be zero.
    @inline(__always)
    static func firstOffset(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}

/// Sixteen bytes tested at once. Wrapping arithmetic and bitwise operators on `SIMD16<UInt8>`
/// compile to vector instructions (SSE2, NEON); its comparison operators (`.==`, `.<=`) compile
/// to a loop over the lanes, so the tests are written with arithmetic. Each lane of a result is
/// 0x80 where the byte matches and 0 elsewhere; `words` turns it into two `ByteMask` words.
enum ByteVector {
    typealias Lanes = SIMD16<UInt8>

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> Lanes {
        UnsafeRawPointer(base + offset).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    static func equal(_ lanes: Lanes, _ byte: UInt8) -> Lanes {
        let difference = lanes ^ Lanes(repeating: byte)
        return (difference &- Lanes(repeating: 1)) & ~difference & Lanes(repeating: 0x80)
    }

    /// The bytes below 0x80 that are at most `limit` (which must be below 0x80).
    @inline(__always)
    static func atMost(_ lanes: Lanes, _ limit: UInt8) -> Lanes {
        (lanes &- Lanes(repeating: limit &+ 1)) & ~lanes & Lanes(repeating: 0x80)
    }

    /// The sixteen results as two words, lanes 0–7 (the first bytes in memory) in `low`.
    @inline(__always)
    static func words(_ flags: Lanes) -> (low: UInt64, high: UInt64) {
        let pair = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: pair[0]), UInt64(littleEndian: pair[1]))
    }

    /// The offset of the first flagged byte of the two words, or nil when none is.
    @inline(__always)
    static func firstOffset(_ words: (low: UInt64, high: UInt64)) -> Int? {
        if words.low != 0 { return ByteMask.firstOffset(words.low) }
        if words.high != 0 { return 8 + ByteMask.firstOffset(words.high) }
        return nil
    }
}
