/// FNV-1a 64 of the UTF-8 bytes, as 16 hex digits: a stable fingerprint of a draft's bytes
/// (not a security hash; it only tells "the editor changed the file" from "it is as written").
enum ContentHash {
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
