import CLibXML2

/// Maps libxml2's interned (local name, namespace) pointers to `ElementName`s, so each
/// distinct name is decoded once per document.
struct ElementCache {
    private struct Key: Hashable {
        let name: UnsafePointer<xmlChar>
        let uri: UnsafePointer<xmlChar>?
    }

    private var known: [Key: (ElementName, Bool)] = [:]

    mutating func identify(
        _ localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?
    ) -> (name: ElementName, isAtom: Bool) {
        let key = Key(name: localName, uri: uri)
        if let found = known[key] { return found }
        let found = ElementName.identify(
            namespace: uri.map { String(cString: $0) }, localName: String(cString: localName))
        known[key] = found
        return found
    }
}
