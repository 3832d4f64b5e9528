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

    private static let size = 128
    private var slots = [Slot](repeating: Slot(), count: ElementCache.size)

    mutating func identify(
        _ localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, prefixed: Bool
    ) -> (name: ElementName, isAtom: Bool) {
        let bits = UInt(bitPattern: localName) ^ (UInt(bitPattern: uri) >> 3)
        let index = Int((bits >> 3) & UInt(ElementCache.size - 1))
        let slot = slots[index]
        if slot.name == localName, slot.uri == uri, slot.prefixed == prefixed { return slot.result }
        let found = ElementName.identify(
            namespace: uri.map { String(cString: $0) }, prefixed: prefixed, localName: String(cString: localName))
        slots[index] = Slot(name: localName, uri: uri, prefixed: prefixed, result: found)
        return found
    }
}
