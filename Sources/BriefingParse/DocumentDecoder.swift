import Foundation

/// Turns a document's bytes into UTF-8 without a BOM, choosing the encoding in the order
/// BOM, XML declaration (when the bytes decode cleanly under it), transport charset, and
/// finally UTF-8 with U+FFFD for each bad byte.
enum DocumentDecoder {
    struct Decoded {
        var bytes: [UInt8]
        /// Set when the bytes did not decode cleanly under the encoding they claimed.
        var problem: String?
    }

    /// How much of a document's start `claimsUTF8WithoutBOM` needs (the XML declaration).
    static let headLength = 1024

    /// Whether a document starting with `head` has no BOM and claims UTF-8, or no encoding at
    /// all, in its XML declaration and in `transportCharset`: `decode` would pass it on as it is
    /// once its bytes are found valid.
    static func claimsUTF8WithoutBOM(head: [UInt8], transportCharset: String?) -> Bool {
        ByteOrderMark.detect(head) == nil && claimsUTF8(XMLDeclaration.encodingLabel(in: head))
            && claimsUTF8(transportCharset)
    }

    static func decode(_ data: Data, transportCharset: String?) -> Decoded {
        let bytes = [UInt8](data)
        if let bom = ByteOrderMark.detect(bytes) {
            return decodeWithBOM(bytes, bom)
        }
        let declared = XMLDeclaration.encodingLabel(in: bytes)
        if let declared, let decoded = decodeStrictly(bytes, label: declared) {
            return Decoded(bytes: XMLDeclaration.declaringUTF8(decoded))
        }
        if let transportCharset, let decoded = decodeStrictly(bytes, label: transportCharset) {
            return Decoded(
                bytes: XMLDeclaration.declaringUTF8(decoded), problem: declared.map { "the bytes are not valid \($0)" })
        }
        if UTF8Validator.isValid(bytes) {
            let problem = declared.map { "the declared encoding \($0) is unknown; read as UTF-8" }
            return Decoded(bytes: bytes, problem: problem)
        }
        return Decoded(bytes: UTF8Validator.repaired(bytes), problem: "invalid UTF-8 bytes were replaced")
    }

    private static func claimsUTF8(_ label: String?) -> Bool {
        guard let label else { return true }
        return EncodingLabel.iconvName(for: label) == "UTF-8"
    }

    private static func decodeWithBOM(_ bytes: [UInt8], _ bom: ByteOrderMark) -> Decoded {
        let body = Array(bytes[bom.length...])
        if bom == .utf8 {
            if UTF8Validator.isValid(body) { return Decoded(bytes: body) }
            return Decoded(bytes: UTF8Validator.repaired(body), problem: "invalid UTF-8 bytes were replaced")
        }
        if let decoded = Transcoder.toUTF8(body, from: bom.encodingName) {
            return Decoded(bytes: XMLDeclaration.declaringUTF8(decoded))
        }
        return Decoded(bytes: UTF8Validator.repaired(body), problem: "the bytes do not match their byte order mark")
    }

    /// Decodes under `label`, or nil when the label is unknown or the bytes are not valid in it.
    static func decodeStrictly(_ bytes: [UInt8], label: String) -> [UInt8]? {
        let name = EncodingLabel.iconvName(for: label)
        if name == "UTF-8" {
            return UTF8Validator.isValid(bytes) ? bytes : nil
        }
        if name == "UTF-16" || name == "UTF-32", !bytes.isEmpty, bytes[0] != 0, bytes.count > 1, bytes[1] != 0 {
            // A UTF-16 label on 8-bit bytes (no BOM, no zero bytes): the label is wrong.
            return nil
        }
        return Transcoder.toUTF8(bytes, from: name)
    }
}
