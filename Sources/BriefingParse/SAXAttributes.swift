import CLibXML2

/// The attributes libxml2's SAX2 `startElementNs` hands over: five pointers per attribute
/// (local name, prefix, namespace URI, value start, value end).
struct SAXAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int
    /// Set when a value holds an entity reference left for decoding (see `EntityTable`): the
    /// texts of the entities the document declares; HTML entity names are known anyway.
    var declaredEntities: [String: String]? = nil

    /// The value of the first attribute called `name` in no namespace (or any, with `anyNamespace`).
    func value(_ name: StaticString, anyNamespace: Bool = false) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            guard let localName = slot[0], bytesEqual(localName, name) else { continue }
            if !anyNamespace && slot[2] != nil { continue }
            return string(at: slot)
        }
        return nil
    }

    /// The bytes of the first attribute called `name` in no namespace, as libxml2 wrote them:
    /// for comparing values with constants without making a String.
    func rawValue(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            guard let localName = slot[0], bytesEqual(localName, name), slot[2] == nil else { continue }
            guard let start = slot[3], let end = slot[4] else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The value of the `xml:` attribute called `name` (`base`, `lang`).
    func xmlValue(_ name: StaticString) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            // The namespace first: it runs on every start tag, and most attributes have none.
            guard let uri = slot[2], let localName = slot[0], bytesEqual(localName, name),
                bytesEqual(uri, "http://www.w3.org/XML/1998/namespace")
            else { continue }
            return string(at: slot)
        }
        return nil
    }

    /// Calls `body` with each attribute's qualified name and value, in document order.
    func forEachAttribute(_ body: (String, String) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let slot = base + index * 5
            guard let localName = slot[0] else { continue }
            var name = String(cString: localName)
            if let prefix = slot[1] { name = String(cString: prefix) + ":" + name }
            body(name, string(at: slot))
        }
    }

    private func string(at slot: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) -> String {
        guard let start = slot[3], let end = slot[4] else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        // Without entity substitution libxml2 2.9 hands `&amp;` in attributes over as `&#38;`,
        // and the entities `EntityTable` hands out there as their `&name;` reference.
        guard bytes.contains(UInt8(ascii: "&")) else { return String(utf8Bytes: bytes) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), isAmpersandReference(bytes, at: index) {
                // `&#38;`, nearly every reference there is (query strings): no String for its name.
                decoded.append(UInt8(ascii: "&"))
                index += 5
            } else if bytes[index] == UInt8(ascii: "&"), let (text, length) = reference(in: bytes, at: index) {
                decoded.append(contentsOf: text.utf8)
                index += length
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Whether the bytes at `start` are `&#38;`.
    private func isAmpersandReference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + 5 <= bytes.count && bytes[start + 1] == UInt8(ascii: "#") && bytes[start + 2] == UInt8(ascii: "3")
            && bytes[start + 3] == UInt8(ascii: "8") && bytes[start + 4] == UInt8(ascii: ";")
    }

    /// The text of the reference starting at `start` (`&#38;` or `&name;`) and its length.
    private func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        guard let end = bytes[start...].prefix(34).firstIndex(of: UInt8(ascii: ";")), end > start + 1 else {
            return nil
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        let length = end - start + 1
        if name == "#38" { return ("&", length) }
        if let text = declaredEntities?[name] { return (text, length) }
        return HTMLEntities.scalar(named: name[...]).map { (String(Character($0)), length) }
    }
}

/// Compares a NUL-terminated libxml2 string with a constant, byte by byte.
@inline(__always)
func bytesEqual(_ pointer: UnsafePointer<xmlChar>, _ constant: StaticString) -> Bool {
    let expected = constant.utf8Start
    let length = constant.utf8CodeUnitCount
    for index in 0..<length where pointer[index] != expected[index] { return false }
    return pointer[length] == 0
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes spell `constant` (lowercase ASCII), ignoring the case of ASCII letters.
    func equalsIgnoringCase(_ constant: StaticString) -> Bool {
        guard count == constant.utf8CodeUnitCount else { return false }
        for index in 0..<count {
            let byte = self[index]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != constant.utf8Start[index] { return false }
        }
        return true
    }
}
