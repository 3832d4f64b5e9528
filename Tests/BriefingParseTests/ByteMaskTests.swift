import Testing

@testable import BriefingParse

/// The word- and vector-at-a-time tests must flag exactly the bytes a byte-by-byte test would,
/// whatever their neighbours: a carry from one byte into the next would flag a wrong byte.
struct ByteMaskTests {
    /// Each byte value at each position of `width` bytes, among neighbours all of one value.
    private func samples(width: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for filler: UInt8 in [0x00, 0xFF, 0x20, 0x3C] {
            for position in 0..<width {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: width)
                    bytes[position] = UInt8(value)
                    result.append(bytes)
                }
            }
        }
        return result
    }

    private func flagged(_ mask: UInt64) -> [Bool] {
        (0..<8).map { mask >> (8 * UInt64($0) + 7) & 1 == 1 }
    }

    @Test func nonASCIIFlagsExactlyTheHighBytes() {
        for bytes in samples(width: 8) {
            let word = bytes.withUnsafeBufferPointer { ByteMask.load($0.baseAddress!, at: 0) }
            #expect(flagged(ByteMask.nonASCII(word)) == bytes.map { $0 >= 0x80 })
        }
    }

    @Test func theFirstOffsetIsTheFirstByteInMemory() {
        let bytes: [UInt8] = [0x61, 0x62, 0xC3, 0x63, 0xE4, 0x64, 0x65, 0x66]
        let word = bytes.withUnsafeBufferPointer { ByteMask.load($0.baseAddress!, at: 0) }
        #expect(ByteMask.firstOffset(ByteMask.nonASCII(word)) == 2)
        let last: [UInt8] = [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x80]
        #expect(
            ByteMask.firstOffset(
                ByteMask.nonASCII(last.withUnsafeBufferPointer { ByteMask.load($0.baseAddress!, at: 0) })) == 7)
    }

    /// The same for the sixteen-byte vector tests, lane by lane.
    @Test func vectorTestsFlagExactlyTheMatchingLanes() {
        for bytes in samples(width: 16) {
            let lanes = bytes.withUnsafeBufferPointer { ByteVector.load($0.baseAddress!, at: 0) }
            for target: UInt8 in [0x00, 0x20, 0x3C, 0x80, 0xC2, 0xFF] {
                let words = ByteVector.words(ByteVector.equal(lanes, target))
                #expect(flagged(words.low) + flagged(words.high) == bytes.map { $0 == target })
            }
            let small = ByteVector.words(ByteVector.atMost(lanes, 0x20))
            #expect(flagged(small.low) + flagged(small.high) == bytes.map { $0 <= 0x20 })
        }
    }

    @Test func theFirstFlaggedLaneIsTheFirstByteInMemory() {
        var bytes = [UInt8](repeating: 0x61, count: 16)
        #expect(ByteVector.firstOffset(bytes.withUnsafeBufferPointer { words($0, 0x3C) }) == nil)
        for position in [0, 7, 8, 15] {
            bytes[position] = 0x3C
            #expect(ByteVector.firstOffset(bytes.withUnsafeBufferPointer { words($0, 0x3C) }) == position)
            bytes[position] = 0x61
        }
    }

    private func words(_ buffer: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> (low: UInt64, high: UInt64) {
        ByteVector.words(ByteVector.equal(ByteVector.load(buffer.baseAddress!, at: 0), byte))
    }
}
