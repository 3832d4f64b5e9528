/// An ASCII element name of up to 16 bytes, lowercased and packed into two words, so HTML
/// element classes can be looked up without allocating a String per tag.
struct PackedName: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Packs `bytes` (lowercasing A–Z); nil when longer than 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            let lowered = UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            if offset < 8 {
                low |= lowered << (8 * UInt64(offset))
            } else {
                high |= lowered << (8 * UInt64(offset - 8))
            }
        }
    }

    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.init(UnsafeBufferPointer(rebasing: bytes))
    }

    init?(_ name: String) {
        var copy = name
        let packed = copy.withUTF8 { PackedName($0) }
        guard let packed else { return nil }
        self = packed
    }

    /// Both words folded into one, for hashing.
    var mixed: UInt64 { low ^ (high &* 31) }
}
