import BriefingModel
import CLibXML2

/// Builds a `ParsedFeed` from SAX events: keeps the element context (feed, entry, person,
/// ignored blocks), buffers text only for the elements it wants, and resolves xml:base.
struct FeedBuilder {
    var context: xmlParserCtxtPtr?
    var feed = ParsedFeed(format: .unknown)
    var formatKnown = false
    var atomDocument = false
    var sawRoot = false

    var names = ElementCache()
    /// The element names of the open elements (one per level), for closing captures and blocks.
    var openElements: [ElementName] = []
    /// The xml:base in effect at each open element that set one, with the depth it was set at.
    var bases: [(depth: Int, url: String)] = []
    let documentURL: String?

    var entry = ParsedEntry()
    /// Whether an item/entry is open; `entry` is only meaningful then.
    var inEntry = false
    var entryGuidIsLink = false
    var entryGuid: String?
    var entryHasAlternateLink = false
    var entryContentIsText = false
    /// Depth of the element the entry's title came from: a deeper one (an author's job title
    /// inside the author block) never replaces it, a shallower one does, as in feedparser.
    var entryTitleDepth = Int.max
    var feedHasAlternateLink = false
    var feedID: String?
    /// Depth of the innermost block whose children are ignored (image, textinput, source …).
    var ignoredDepth: Int?
    var inImage = false
    var person: PersonBuilder?
    var capture: TextCapture?
    let buffer = TextBuffer()
    var entities = EntityTable()
    var errorMessage: String?
    /// libxml2 reported an invalid character or encoding error (the input may not be UTF-8).
    var sawInvalidCharacter = false
    /// libxml2 reported a broken or undeclared entity or character reference.
    var sawReferenceError = false

    init(documentURL: String?) {
        self.documentURL = documentURL
    }

    /// Frees the entities handed to libxml2; call once parsing is over.
    mutating func releaseEntities() {
        entities.release()
    }

    /// libxml2 error codes of references `AmpersandRepair` may fix.
    static let referenceErrors: Set<Int32> = Set(
        [
            XML_ERR_INVALID_HEX_CHARREF, XML_ERR_INVALID_DEC_CHARREF, XML_ERR_INVALID_CHARREF, XML_ERR_ENTITYREF_AT_EOF,
            XML_ERR_ENTITYREF_NO_NAME, XML_ERR_ENTITYREF_SEMICOL_MISSING, XML_ERR_UNDECLARED_ENTITY,
            XML_WAR_UNDECLARED_ENTITY, XML_ERR_NAME_REQUIRED,
        ].map { Int32($0.rawValue) })

    var currentBase: String? { bases.last?.url ?? documentURL }

    /// The finished feed; call after `SAXDriver.run`.
    func result() -> ParsedFeed { feed }

    mutating func finish(wellFormed: Bool, namespacesWellFormed: Bool) {
        if feed.link == nil, let feedID { feed.link = feedID }
        if !wellFormed {
            markBozo(errorMessage ?? "the document is not well-formed XML")
            feed.wellFormed = false
            keepCutOffEntry()
        }
        if !namespacesWellFormed { markBozo(errorMessage ?? "the document uses an undeclared namespace prefix") }
    }

    mutating func markBozo(_ reason: String) {
        if !feed.bozo {
            feed.bozo = true
            feed.bozoReason = reason
        }
    }

    mutating func noteError(_ error: xmlError) {
        if error.code == Int32(XML_ERR_INVALID_CHAR.rawValue) || error.code == Int32(XML_ERR_INVALID_ENCODING.rawValue)
        {
            sawInvalidCharacter = true
        }
        if FeedBuilder.referenceErrors.contains(error.code) { sawReferenceError = true }
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, errorMessage == nil else { return }
        let text = error.message.map { String(cString: $0).trimmingXMLSpace() } ?? "not well-formed"
        errorMessage = "line \(error.line): \(text)"
    }

    /// Notes an ill-formedness libxml2 reported since the last event (see the shim).
    @inline(__always)
    mutating func takeWellFormedError() {
        if let context, briefing_takeWellFormedError(context) != 0 {
            markBozo(errorMessage ?? "the document is not well-formed XML")
        }
    }
}
