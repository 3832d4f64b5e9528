import BriefingModel

/// FNV-1a 64 of the UTF-8 bytes, as 16 hex digits: a stable fingerprint of a draft's bytes
/// (not a security hash; it only tells "the editor changed the file" from "it is as written").
enum ContentHash {
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var hash = FNV1a64()
        hash.mix(bytes)
        return hash.hex
    }
}
