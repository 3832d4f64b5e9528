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
    /// The entities handed out inside attribute values, kept apart from those for text.
    private var madeForAttributes: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private(set) var declared: [String: String] = [:]
    private var expanded = 0
    /// An entity was handed out inside an attribute value since the last `takeAttributeReferences`.
    private var referencedInAttribute = false

    mutating func declare(_ name: String, replacement: String) {
        guard declared[name] == nil, replacement.utf8.count <= Self.maximumDeclaredLength,
            !replacement.contains("&"), !replacement.contains("<")
        else { return }
        declared[name] = replacement
    }

    /// The declared entity `name`, while the expansion budget lasts.
    mutating func declaredEntity(_ name: String, inAttribute: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        guard let text = declared[name] else { return nil }
        expanded += text.utf8.count
        guard expanded <= Self.expansionBudget else { return nil }
        return entity(name, text: text, inAttribute: inAttribute)
    }

    /// The entity `name` standing for `text`. In text it is "predefined": libxml2 inserts its
    /// text as it is. In an attribute value libxml2 would insert only the first byte of a
    /// predefined entity, so there it is a general one, which libxml2 leaves as the reference
    /// `&name;` for `SAXAttributes` to decode (with the texts `takeAttributeReferences` gives).
    mutating func entity(_ name: String, text: String, inAttribute: Bool) -> UnsafeMutablePointer<xmlEntity> {
        if inAttribute { referencedInAttribute = true }
        if let existing = inAttribute ? madeForAttributes[name] : made[name] { return existing }
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = inAttribute ? XML_INTERNAL_GENERAL_ENTITY : XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(xmlStrdup(name))
        entity.pointee.content = xmlStrdup(text)
        entity.pointee.length = Int32(text.utf8.count)
        if inAttribute { madeForAttributes[name] = entity } else { made[name] = entity }
        return entity
    }

    /// The declared texts when the start tag just read referenced an entity in an attribute
    /// value, else nil (the common case: nothing to decode, nothing copied).
    mutating func takeAttributeReferences() -> [String: String]? {
        guard referencedInAttribute else { return nil }
        referencedInAttribute = false
        return declared
    }

    mutating func release() {
        for entity in Array(made.values) + Array(madeForAttributes.values) {
            briefing_xmlFree(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            briefing_xmlFree(entity.pointee.content)
            // libxml2 stores a declared entity's raw text on the entity getEntity returns for it.
            briefing_xmlFree(entity.pointee.orig)
            entity.deallocate()
        }
        made.removeAll()
        madeForAttributes.removeAll()
    }
}
