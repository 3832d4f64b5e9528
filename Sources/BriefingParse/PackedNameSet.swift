/// A fixed map from `PackedName`s to values with open addressing on a multiplicative hash: a
/// lookup is a multiply and one or two compares, where `Dictionary` would run SipHash.
struct PackedNameTable<Value: Sendable>: Sendable {
    private static var capacity: Int { 128 }
    private var slots = [(name: PackedName, value: Value)?](repeating: nil, count: 128)

    /// The table of `entries`; names longer than `PackedName` holds are left out.
    init(_ entries: [String: Value]) {
        for (key, value) in entries {
            guard let name = PackedName(key) else { continue }
            var index = Self.slot(for: name)
            while slots[index] != nil { index = (index + 1) & (Self.capacity - 1) }
            slots[index] = (name, value)
        }
    }

    subscript(name: PackedName) -> Value? {
        var index = Self.slot(for: name)
        while let candidate = slots[index] {
            if candidate.name == name { return candidate.value }
            index = (index + 1) & (Self.capacity - 1)
        }
        return nil
    }

    private static func slot(for name: PackedName) -> Int {
        Int(truncatingIfNeeded: (name.mixed &* 0x9E37_79B9_7F4A_7C15) >> 57) & (capacity - 1)
    }
}

/// A fixed set of `PackedName`s (a `PackedNameTable` without values).
struct PackedNameSet: Sendable {
    private let table: PackedNameTable<Void>

    init(_ names: Set<String>) {
        table = PackedNameTable(Dictionary(uniqueKeysWithValues: names.map { ($0, ()) }))
    }

    func contains(_ name: PackedName) -> Bool { table[name] != nil }
}
