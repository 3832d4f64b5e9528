/// A fixed set of `PackedName`s with open addressing on a multiplicative hash: a lookup is a
/// multiply and one or two compares, where `Set` would run SipHash for every tag.
struct PackedNameSet {
    private static let capacity = 128
    private var slots = [PackedName?](repeating: nil, count: PackedNameSet.capacity)

    init(_ names: Set<String>) {
        for name in names.compactMap(PackedName.init) {
            var index = Self.slot(for: name)
            while slots[index] != nil { index = (index + 1) & (Self.capacity - 1) }
            slots[index] = name
        }
    }

    func contains(_ name: PackedName) -> Bool {
        var index = Self.slot(for: name)
        while let candidate = slots[index] {
            if candidate == name { return true }
            index = (index + 1) & (Self.capacity - 1)
        }
        return false
    }

    private static func slot(for name: PackedName) -> Int {
        Int(truncatingIfNeeded: (name.mixed &* 0x9E37_79B9_7F4A_7C15) >> 57) & (capacity - 1)
    }
}
