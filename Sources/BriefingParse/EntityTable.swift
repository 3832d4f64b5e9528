import CLibXML2

/// Entities handed to libxml2 as "predefined" (their text is inserted, never parsed again):
/// HTML named entities, and internal entities the document declares whose replacement text holds
/// no markup and no further references. Nested or oversized declarations are never expanded,
/// so billion-laughs and quadratic blow-ups stay flat.
struct EntityTable {
    /// Replacement text of a declared entity is at most this long.
    static let maximumDeclaredLength = 1024
    /// Total text all declared-entity references may insert into one document.
    static let expansionBudget = 1 << 20

    private var made: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private(set) var declared: [String: String] = [:]
    private var expanded = 0

    mutating func declare(_ name: String, replacement: String) {
        guard declared[name] == nil, replacement.utf8.count <= Self.maximumDeclaredLength,
            !replacement.contains("&"), !replacement.contains("<")
        else { return }
        declared[name] = replacement
    }

    /// The declared entity `name`, while the expansion budget lasts.
    mutating func declaredEntity(_ name: String) -> UnsafeMutablePointer<xmlEntity>? {
        guard let text = declared[name] else { return nil }
        expanded += text.utf8.count
        guard expanded <= Self.expansionBudget else { return nil }
        return entity(name, text: text)
    }

    mutating func entity(_ name: String, text: String) -> UnsafeMutablePointer<xmlEntity> {
        if let existing = made[name] { return existing }
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(xmlStrdup(name))
        entity.pointee.content = xmlStrdup(text)
        entity.pointee.length = Int32(text.utf8.count)
        made[name] = entity
        return entity
    }

    mutating func release() {
        for entity in made.values {
            briefing_xmlFree(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            briefing_xmlFree(entity.pointee.content)
            // libxml2 stores a declared entity's raw text on the entity getEntity returns for it.
            briefing_xmlFree(entity.pointee.orig)
            entity.deallocate()
        }
        made.removeAll()
    }
}
