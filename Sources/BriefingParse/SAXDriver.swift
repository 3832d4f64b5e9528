import CLibXML2

/// The one place libxml2 is driven: a SAX2 handler whose C callbacks reach the `FeedBuilder`
/// through the context pointer. Options follow DESIGN.md: RECOVER and NONET, never NOENT,
/// DTDLOAD, DTDATTR, DTDVALID, HUGE or XINCLUDE; external entities are never resolved.
enum SAXDriver {
    static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses UTF-8 `bytes`, feeding `builder`. Returns false when libxml2 could not start.
    /// The builder is reached through the context pointer for the parse (a struct behind a
    /// pointer: no reference counting or exclusivity checks per SAX event), in the caller's own
    /// storage: a copy of it would share its buffers and copy them again on the first write.
    static func run(_ buffer: UnsafeBufferPointer<UInt8>, builder: inout FeedBuilder) -> Bool {
        defer { builder.releaseEntities() }
        guard let base = buffer.baseAddress, buffer.count < Int32.max else { return false }
        var handler = makeHandler()
        return withUnsafeMutablePointer(to: &builder) { state in
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let context = briefing_newParserContext(&handler, UnsafeMutableRawPointer(state), options)
            else { return false }
            state.pointee.context = context
            xmlParseChunk(context, raw, Int32(buffer.count), 1)
            state.pointee.finish(
                wellFormed: briefing_takeWellFormedError(context) == 0,
                namespacesWellFormed: briefing_namespacesWellFormed(context) != 0)
            state.pointee.context = nil
            briefing_freeParserContext(context)
            return true
        }
    }

    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces, count, _, attributes in
            guard let context, let localName else { return }
            let builder = context.assumingMemoryBound(to: FeedBuilder.self)
            builder.pointee.startElement(
                localName, prefixed: prefix != nil, uri: uri, namespaces: namespaces,
                namespaceCount: Int(namespaceCount),
                attributes: builder.pointee.attributes(attributes, count: Int(count)))
        }
        handler.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            context.assumingMemoryBound(to: FeedBuilder.self).pointee.endElement(localName)
        }
        handler.characters = { context, bytes, length in
            guard let context, let bytes else { return }
            context.assumingMemoryBound(to: FeedBuilder.self).pointee.characters(bytes, Int(length))
        }
        handler.cdataBlock = handler.characters
        handler.getEntity = { context, name in
            guard let context, let name else { return nil }
            return context.assumingMemoryBound(to: FeedBuilder.self).pointee.entity(named: name)
        }
        handler.entityDecl = { context, name, type, _, _, content in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: FeedBuilder.self).pointee
                .declareEntity(name, type: type, content: content)
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            context.assumingMemoryBound(to: FeedBuilder.self).pointee.noteError(error.pointee)
        }
        return handler
    }
}
