import CLibXML2

/// Resolves relative references (RFC 3986) with libxml2's `xmlBuildURI`.
enum URLResolver {
    static func resolve(_ reference: String, against base: String) -> String {
        if reference.isEmpty { return base }
        if hasScheme(reference) { return reference }
        guard let built = xmlBuildURI(reference, base) else { return reference }
        defer { briefing_xmlFree(built) }
        return String(cString: built)
    }

    private static func hasScheme(_ reference: String) -> Bool {
        for (offset, byte) in reference.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return false }
            default: return false
            }
        }
        return false
    }
}
