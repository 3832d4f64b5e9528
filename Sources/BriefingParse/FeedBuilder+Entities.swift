import CLibXML2

extension FeedBuilder {
    /// libxml2's `getEntity`: HTML named entities decode as feedparser's loose mode does (the
    /// document is flagged bozo unless it has a DTD); external entities are never returned.
    mutating func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        takeWellFormedError()
        let key = String(cString: name)
        let inAttribute = context.map { briefing_inAttributeValue($0) != 0 } ?? false
        if let declared = entities.declaredEntity(key, inAttribute: inAttribute) { return declared }
        guard let scalar = HTMLEntities.scalar(named: key[...]) else { return nil }
        if let context, briefing_hasDoctype(context) == 0 {
            markBozo("undefined entity &\(key); (an HTML entity in XML without a DTD)")
        }
        return entities.entity(key, text: String(Character(scalar)), inAttribute: inAttribute)
    }

    /// The attributes of the start tag libxml2 just read, able to decode the entity references
    /// `entity(named:)` left in their values.
    mutating func attributes(_ base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) -> SAXAttributes {
        SAXAttributes(base: base, count: count, declaredEntities: entities.takeAttributeReferences())
    }

    /// libxml2's `entityDecl`: only internal general entities are kept (see `EntityTable`).
    mutating func declareEntity(_ name: UnsafePointer<xmlChar>, type: Int32, content: UnsafeMutablePointer<xmlChar>?) {
        guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), let content else { return }
        entities.declare(String(cString: name), replacement: String(cString: content))
    }
}
