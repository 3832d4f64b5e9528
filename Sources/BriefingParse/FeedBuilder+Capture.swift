import CLibXML2
import Foundation

extension FeedBuilder {
    mutating func startCapture(_ field: TextField, depth: Int, mode: TextMode = .plain) {
        buffer.removeAll()
        capture = TextCapture(field: field, mode: mode, depth: depth)
    }

    @inline(__always)
    mutating func characters(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
        guard let capture else { return }
        takeWellFormedError()
        let text = UnsafeBufferPointer(start: bytes, count: length)
        if capture.markup {
            appendEscaped(text, quote: false)
        } else {
            buffer.append(text)
        }
    }

    /// Writes a child element of a captured element back as markup (inline HTML/XHTML).
    mutating func openMarkup(
        _ localName: UnsafePointer<xmlChar>, depth: Int, attributes: SAXAttributes, isXHTMLDiv: Bool
    ) {
        guard var capture else { return }
        let wrapper =
            capture.mode == .xhtml && bytesEqual(localName, "div") || capture.mode == .html && isXHTMLDiv
        if wrapper, capture.wrapperDepth == nil, !capture.unwrapped, depth == capture.depth + 1,
            buffer.bytes.allSatisfy(isXMLSpace)
        {
            capture.wrapperDepth = depth
            buffer.removeAll()
            self.capture = capture
            return
        }
        // HTML source stays as it is around child elements; other text becomes markup text.
        if !capture.markup, capture.mode != .html {
            let text = Array(buffer.bytes)
            buffer.removeAll()
            text.withUnsafeBufferPointer { appendEscaped($0, quote: false) }
            capture.markup = true
            self.capture = capture
        }
        buffer.append(UInt8(ascii: "<"))
        appendName(localName)
        attributes.forEachAttribute { name, value in
            buffer.append(UInt8(ascii: " "))
            buffer.append(name)
            buffer.append("=\"")
            var value = value
            value.withUTF8 { appendEscaped($0, quote: true) }
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
    }

    mutating func closeMarkup(_ localName: UnsafePointer<xmlChar>, depth: Int) {
        guard var capture else { return }
        if depth == capture.wrapperDepth {
            capture.wrapperDepth = nil
            capture.unwrapped = true
            self.capture = capture
            return
        }
        if HTMLVocabulary.isVoid(String(cString: localName)) { return }
        buffer.append("</")
        appendName(localName)
        buffer.append(UInt8(ascii: ">"))
    }

    private mutating func appendName(_ localName: UnsafePointer<xmlChar>) {
        var index = 0
        while localName[index] != 0 {
            buffer.append(localName[index])
            index += 1
        }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, quote: Bool) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): buffer.append("&amp;")
            case UInt8(ascii: "<"): buffer.append("&lt;")
            case UInt8(ascii: ">"): buffer.append("&gt;")
            case UInt8(ascii: "\"") where quote: buffer.append("&quot;")
            default: buffer.append(byte)
            }
        }
    }

    mutating func finishCapture() {
        guard let capture else { return }
        self.capture = nil
        if let dateField = capture.field.dateField {
            // Dates are read from the bytes: no String for text that is thrown away.
            guard let date = FeedDate.parse(utf8: buffer.bytes) else { return }
            storeDate(date, in: dateField)
            return
        }
        var text = trimmedBuffer()
        if capture.mode == .base64 {
            // As feedparser: text that does not decode to UTF-8 was not base64 (type="foo").
            let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters)
            text = decoded.flatMap { String(data: $0, encoding: .utf8) }?.trimmingXMLSpace() ?? text
        }
        guard !text.isEmpty else { return }
        store(consume text, in: capture.field, mode: capture.mode, depth: capture.depth)
    }

    /// The captured text without leading and trailing XML white space.
    /// Invalid UTF-8 (libxml2 passes overlong forms in CDATA on silently) is replaced with
    /// U+FFFD and noted like an invalid character libxml2 reported.
    private mutating func trimmedBuffer() -> String {
        let trimmed = buffer.bytes.trimmingXMLSpace()
        guard !trimmed.isEmpty else { return "" }
        let (text, verdict) = UTF8Validator.string(trimmed)
        switch verdict {
        case .ascii, .valid: return text
        case .validWithC1Controls: return C1Controls.demoronized(text)
        case .invalid:
            sawInvalidCharacter = true
            return C1Controls.mayContain(trimmed) ? C1Controls.demoronized(text) : text
        }
    }

    private mutating func storeDate(_ date: Date, in field: TextField) {
        switch field {
        case .feedUpdated: feed.updated = date
        case .entryPublished: entry.published = date
        case .entryUpdated: entry.updated = date
        default: break
        }
    }

    /// `text` is consumed: stored as it is, it moves into the model (a borrowed String had to be
    /// retained there and released by the caller, two atomic operations per field).
    private mutating func store(_ text: consuming String, in field: TextField, mode: TextMode, depth: Int) {
        switch field {
        case .feedTitle: feed.title = text
        case .feedLink: feed.link = resolve(text)
        case .feedSubtitle: feed.subtitle = text
        case .feedLanguage: feed.language = text
        case .feedAuthor: feed.author = text
        case .feedIcon: if feed.icon == nil { feed.icon = resolve(text) }
        case .feedID: feedID = text
        case .entryGuid:
            // Like feedparser, a relative id is resolved against an xml:base, unless it is a guid
            // with isPermaLink="false"; never against the document URL alone, which would change
            // the identity of stored RSS entries.
            let id = bases.isEmpty || !entryGuidIsLink ? text : resolve(text)
            entryGuid = id
            entry.id = id
        case .entryTitle:
            guard depth <= entryTitleDepth else { return }
            entryTitleDepth = depth
            entry.title = text
        case .entryLink: entry.link = resolve(text)
        case .entryAuthor: entry.authors.append(text)
        case .entrySummary: entry.summary = text
        case .entryContent: storeContent(text, mode: mode)
        case .entryCategory: addCategory(text, trimmed: true)
        case .entryTags:
            for tag in text.split(separator: ",") { addCategory(String(tag)) }
        case .personName: person?.name = text
        case .personEmail: person?.email = text
        case .ignored, .feedUpdated, .entryPublished, .entryUpdated: break
        }
    }

    private mutating func storeContent(_ text: String, mode: TextMode) {
        guard entry.content == nil else { return }
        entry.content = text
        entryContentIsText = true
    }

    /// Resolves `reference` against the xml:base in effect (or the document URL).
    /// `mutating` for the reason `field(for:)` gives.
    mutating func resolve(_ reference: String) -> String {
        guard let base = currentBase else { return reference }
        return URLResolver.resolve(reference, against: base)
    }
}
