import CLibXML2

/// Maps libxml2's interned (local name, namespace) pointers to `ElementName`s, so each
/// distinct name is decoded once per document.
struct ElementCache {
    private struct Key: Hashable {
        let name: UnsafePointer<xmlChar>
        let uri: UnsafePointer<xmlChar>?
        let prefixed: Bool
    }

    private var known: [Key: (ElementName, Bool)] = [:]

    mutating func identify(
        _ localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, prefixed: Bool
    ) -> (name: ElementName, isAtom: Bool) {
        let key = Key(name: localName, uri: uri, prefixed: prefixed)
        if let found = known[key] { return found }
        let found = ElementName.identify(
            namespace: uri.map { String(cString: $0) }, prefixed: prefixed, localName: String(cString: localName))
        known[key] = found
        return found
    }
}
