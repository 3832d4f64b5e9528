/// FNV-1a 64: a stable fingerprint of bytes across runs and platforms, unlike `Hasher`. Not a
/// security hash; it tells content apart (entry keys without id or link, drafts edited by hand).
public struct FNV1a64 {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func mix<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
