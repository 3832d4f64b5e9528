/// A model's feature names and their indices. Every prediction looks up a hundred or so names, and
/// `Dictionary<String, Int>` spends most of that in SipHash; names of plain ASCII (nearly all: words,
/// pairs, `@` shapes) are found here by an FNV-1a hash of their bytes in an open-addressed table.
/// Other names go to the dictionary, whose `String` equality (canonical equivalence) decides as before.
struct FeatureTable: Sendable {
    /// Feature index per slot, -1 for an empty slot; the table is a power of two, at most half full.
    private let slots: [Int32]
    /// The ASCII key of each used slot's feature, by feature index (empty for others).
    private let keys: [[UInt8]]
    /// Every name, for the lookups of names that are not plain ASCII.
    private let byName: [String: Int]

    /// `names` must be distinct (as a `Set` makes them).
    init(_ names: [String]) {
        var byName: [String: Int] = [:]
        byName.reserveCapacity(names.count)
        for (index, name) in names.enumerated() { byName[name] = index }
        self.byName = byName
        var size = 16
        while size < names.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var keys = [[UInt8]](repeating: [], count: names.count)
        for (index, name) in names.enumerated() {
            guard let key = Self.asciiKey(of: name) else { continue }
            keys[index] = key
            var slot = (key.withUnsafeBufferPointer(Self.asciiHash) ?? 0) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        self.keys = keys
    }

    /// The index of `name`, as `Dictionary<String, Int>` would find it.
    func index(of name: String) -> Int? {
        var name = name
        let found: Int?? = name.withUTF8 { bytes in
            guard let hash = Self.asciiHash(bytes) else { return .none }
            var slot = hash & (slots.count - 1)
            while slots[slot] >= 0 {
                let index = Int(slots[slot])
                if keys[index].withUnsafeBufferPointer({ Self.equal($0, bytes) }) { return .some(index) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return .some(nil)
        }
        return found ?? byName[name]
    }

    /// The bytes an ASCII query equal to `name` has: its own when it is ASCII; for the rare name whose
    /// only other scalars decompose canonically to ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK
    /// VARIA), those ASCII forms; nil when no ASCII string equals it.
    private static func asciiKey(of name: String) -> [UInt8]? {
        var key: [UInt8] = []
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: key.append(UInt8(scalar.value))
            case 0x212A: key.append(UInt8(ascii: "K"))
            case 0x037E: key.append(UInt8(ascii: ";"))
            case 0x1FEF: key.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return key
    }

    /// FNV-1a of `bytes`, or nil when they are not all ASCII (one pass for both).
    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt8 = 0
        for byte in bytes {
            high |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return high < 0x80 ? Int(truncatingIfNeeded: hash ^ (hash >> 29)) : nil
    }

    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        for index in 0..<first.count where first[index] != second[index] { return false }
        return true
    }
}
