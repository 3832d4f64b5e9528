import CLibXML2

/// Maps libxml2's interned (local name, namespace) pointers to `ElementName`s, so each
/// distinct name is decoded once per document. A small direct-mapped table: the pointers are
/// unique per document (libxml2's dictionary), and hashing them with SipHash cost more than
/// the rest of an element's handling.
struct ElementCache {
    private struct Slot {
        var name: UnsafePointer<xmlChar>?
        var uri: UnsafePointer<xmlChar>?
        var prefixed = false
        var result: (ElementName, Bool) = (.other, false)
    }

    private static let size = 256
    private var slots = [Slot](repeating: Slot(), count: ElementCache.size)
    /// The few namespace URIs of a document, by libxml2's interned pointer.
    private var namespaces: [(uri: UnsafePointer<xmlChar>, family: FeedNamespace)] = []

    mutating func identify(
        _ localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, prefixed: Bool
    ) -> (name: ElementName, isAtom: Bool) {
        let bits = UInt64(UInt(bitPattern: localName)) &+ UInt64(UInt(bitPattern: uri)) &* 31
        let index = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 56) & (ElementCache.size - 1)
        let slot = slots[index]
        if slot.name == localName, slot.uri == uri, slot.prefixed == prefixed { return slot.result }
        let found = ElementName.identify(namespace: family(of: uri), prefixed: prefixed, localName: localName)
        slots[index] = Slot(name: localName, uri: uri, prefixed: prefixed, result: found)
        return found
    }

    private mutating func family(of uri: UnsafePointer<xmlChar>?) -> FeedNamespace {
        guard let uri else { return .core }
        if let known = namespaces.first(where: { $0.uri == uri }) { return known.family }
        let family = FeedNamespace(uri: String(cString: uri))
        namespaces.append((uri, family))
        return family
    }
}
