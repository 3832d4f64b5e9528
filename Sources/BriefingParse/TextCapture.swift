/// Where a captured element's text goes.
enum TextField {
    case feedID, feedTitle, feedLink, feedSubtitle, feedLanguage, feedAuthor, feedUpdated, feedIcon
    case entryGuid, entryTitle, entryLink, entryPublished, entryUpdated, entryAuthor
    case entrySummary, entryContent, entryCategory, entryTags
    case personName, personEmail
    /// Read only to keep nested markup out of other fields.
    case ignored
}

extension TextField {
    /// The field itself when it holds a date.
    var dateField: TextField? {
        switch self {
        case .feedUpdated, .entryPublished, .entryUpdated: return self
        default: return nil
        }
    }

    /// Whether child elements are kept as inline markup (HTML-capable fields) rather than ending the text.
    var mayHoldMarkup: Bool {
        switch self {
        case .feedTitle, .feedSubtitle, .entryTitle, .entrySummary, .entryContent, .ignored: return true
        default: return false
        }
    }
}

/// How a captured element's text is to be decoded.
enum TextMode {
    /// Text or HTML, kept as written.
    case plain
    /// Atom `type="html"`: the text is HTML source, also around child elements; a lone XHTML
    /// `<div>` wrapping it (as Typepad writes) is dropped.
    case html
    /// Atom `type="xhtml"`: the wrapping `<div>` is dropped.
    case xhtml
    /// Atom 0.3 `mode="base64"` or a binary Atom content type.
    case base64
}

/// The element whose text is being buffered.
struct TextCapture {
    let field: TextField
    let mode: TextMode
    /// Depth of the captured element in the document.
    let depth: Int
    /// True once a child element was written into the buffer as markup.
    var markup = false
    /// Depth of the wrapper div being skipped (xhtml, or html wrapped in an XHTML div).
    var wrapperDepth: Int?
    /// The wrapper div has closed: later elements at its depth are content.
    var unwrapped = false
}
