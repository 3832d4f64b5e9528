import BriefingModel
import CLibXML2
import Foundation

extension FeedBuilder {
    mutating func startElement(
        _ localName: UnsafePointer<xmlChar>, prefixed: Bool, uri: UnsafePointer<xmlChar>?,
        namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, namespaceCount: Int, attributes: SAXAttributes,
        reopened: Bool = false
    ) {
        takeWellFormedError()
        let (name, isAtom) = names.identify(localName, uri: uri, prefixed: prefixed)
        if !reopened { openElements.append(name) }
        let depth = openElements.count
        if !formatKnown || (name == .rss && depth == 1) {
            sniffFormat(name, namespaces: namespaces, namespaceCount: namespaceCount, attributes: attributes)
        }
        if let capture {
            guard capture.field.mayHoldMarkup else {
                // A text-only element (category, link, date …) ends where a child element starts.
                finishCapture()
                return startElement(
                    localName, prefixed: prefixed, uri: uri, namespaces: namespaces,
                    namespaceCount: namespaceCount, attributes: attributes, reopened: true)
            }
            openMarkup(localName, depth: depth, attributes: attributes, isXHTMLDiv: name == .xhtmlDiv)
            return
        }
        if let base = attributes.xmlValue("base") { bases.append((depth, resolve(base))) }
        if !sawRoot {
            sawRoot = true
            if let language = attributes.xmlValue("lang"), !language.isEmpty {
                feed.language = language.underscoresAsHyphens()
            }
        }
        if let ignoredDepth {
            if depth == ignoredDepth + 1 { startCaptureInIgnoredBlock(name, depth: depth) }
            return
        }
        handleStart(name, isAtom: isAtom || atomDocument, depth: depth, attributes: attributes)
    }

    private mutating func handleStart(_ name: ElementName, isAtom: Bool, depth: Int, attributes: SAXAttributes) {
        switch name {
        case .item, .entry:
            beginEntry()
            // RSS 1.0 items name themselves with rdf:about.
            entry.id = attributes.value("about", anyNamespace: true)
            readChannelDefinitionAttributes(attributes, depth: depth)
        case .channel: readChannelDefinitionAttributes(attributes, depth: depth)
        case .image, .textinput, .source, .contributor, .info: ignoreBlock(name, depth: depth)
        case .author where isAtom: person = PersonBuilder(depth: depth, forEntry: inEntry)
        case .itunesOwner where !inEntry: person = PersonBuilder(depth: depth, forEntry: false, namesOnly: true)
        case .itunesName where person != nil: startCapture(.personName, depth: depth)
        case .author:
            // RSS authors are text, but some feeds nest Atom-style <name>/<email>: read either.
            startCapture(inEntry ? .entryAuthor : .feedAuthor, depth: depth)
            person = PersonBuilder(depth: depth, forEntry: inEntry)
        case .dcCreator, .itunesAuthor: startCapture(inEntry ? .entryAuthor : .feedAuthor, depth: depth)
        case .name where person != nil: startCapture(.personName, depth: depth)
        case .email where person != nil: startCapture(.personEmail, depth: depth)
        case .link: startLink(attributes, depth: depth)
        case .enclosure where inEntry: addEnclosure(attributes, urlAttribute: "url")
        case .category where inEntry:
            if let term = attributes.value("term") {
                addCategory(term)
            } else {
                startCapture(.entryCategory, depth: depth)
            }
        case .mediaCategory where inEntry: startCapture(.entryCategory, depth: depth)
        case .itunesCategory where inEntry:
            if let text = attributes.value("text") { addCategory(text) }
        case .guid where inEntry, .id where inEntry:
            entryGuidIsLink = !(attributes.rawValue("isPermaLink")?.equalsIgnoringCase("false") ?? false)
            startCapture(.entryGuid, depth: depth)
        case .itunesImage where !inEntry:
            if feed.icon == nil, let href = attributes.value("href") { feed.icon = resolve(href) }
        default:
            guard let field = field(for: name) else { return }
            startCapture(field, depth: depth, mode: FeedBuilder.textMode(attributes, isAtom: isAtom))
        }
    }

    /// The field a simple text element fills in the current context, or nil to skip it.
    /// `mutating` though it changes nothing: a non-mutating call from the SAX handlers made
    /// Swift copy the whole builder (546 bytes) to the stack on every element.
    private mutating func field(for name: ElementName) -> TextField? {
        switch name {
        case .title, .dcTitle: return inEntry ? .entryTitle : .feedTitle
        case .mediaTitle: return inEntry && entry.title == nil ? .entryTitle : nil
        case .mediaDescription: return inEntry && entry.summary == nil ? .entrySummary : nil
        case .description,
            .summary where !atomDocument:
            // RSS with both: the second of description/summary is the content (as feedparser reads it).
            return inEntry ? (entry.summary == nil ? .entrySummary : .entryContent) : .feedSubtitle
        case .dcDescription: return inEntry ? .entrySummary : .feedSubtitle
        case .subtitle, .tagline: return inEntry ? nil : .feedSubtitle
        case .itunesSubtitle: return inEntry || feed.subtitle != nil ? nil : .feedSubtitle
        case .summary: return inEntry ? .entrySummary : nil
        // feedparser reads itunes:summary as a summary: beside a description it is the content.
        case .itunesSummary: return inEntry ? (entry.summary == nil ? .entrySummary : .entryContent) : nil
        case .content, .contentEncoded, .xhtmlBody: return inEntry ? .entryContent : nil
        case .id: return inEntry ? .entryGuid : .feedID
        case .pubDate, .published, .issued, .dcIssued: return inEntry ? .entryPublished : nil
        case .updated, .modified, .lastBuildDate, .dcDate, .dcModified: return inEntry ? .entryUpdated : .feedUpdated
        case .managingEditor: return inEntry ? nil : .feedAuthor
        case .dcSubject: return inEntry ? .entryCategory : nil
        case .tags, .itunesKeywords, .mediaKeywords: return inEntry ? .entryTags : nil
        case .language, .dcLanguage: return inEntry ? nil : .feedLanguage
        case .icon, .logo: return inEntry ? nil : .feedIcon
        default: return nil
        }
    }

    /// Microsoft CDF puts the base, link and date of channels and items in attributes.
    private mutating func readChannelDefinitionAttributes(_ attributes: SAXAttributes, depth: Int) {
        guard attributes.count > 0 else { return }
        if let base = attributes.value("BASE") { bases.append((depth, resolve(base))) }
        if let href = attributes.value("HREF") {
            if inEntry { entry.link = resolve(href) } else { feed.link = resolve(href) }
        }
        if let modified = attributes.value("LASTMOD").flatMap(FeedDate.parse) {
            if inEntry { entry.updated = modified } else { feed.updated = modified }
        }
    }

    private mutating func beginEntry() {
        // Entry fields are written only inside an entry, and endEntry leaves a fresh one: only
        // an entry opened inside another (ill-formed) finds it used.
        if inEntry { entry = ParsedEntry() }
        inEntry = true
        entryGuid = nil
        entryGuidIsLink = false
        entryHasAlternateLink = false
        entryContentIsText = false
        entryTitleDepth = Int.max
    }

    private mutating func ignoreBlock(_ name: ElementName, depth: Int) {
        ignoredDepth = depth
        inImage = name == .image
    }

    /// A feed image gives the icon; an image inside an entry only a title the entry lacks.
    private mutating func startCaptureInIgnoredBlock(_ name: ElementName, depth: Int) {
        guard inImage else { return }
        if !inEntry, name == .url { startCapture(.feedIcon, depth: depth) }
        if inEntry, name == .title, entry.title == nil { startCapture(.entryTitle, depth: depth) }
    }

    /// Atom 1.0 `type` (text, html, xhtml or a MIME type) and Atom 0.3 `mode` decide the decoding.
    private static func textMode(_ attributes: SAXAttributes, isAtom: Bool) -> TextMode {
        guard isAtom else { return .plain }
        let mode = attributes.rawValue("mode")
        if let mode, mode.elementsEqual("base64".utf8) { return .base64 }
        guard let type = attributes.rawValue("type") else { return .plain }
        if type.equalsIgnoringCase("html") { return .html }
        // `plain` is Media RSS's word for text (media:description type="plain").
        if type.isEmpty || type.equalsIgnoringCase("text") || type.equalsIgnoringCase("plain") { return .plain }
        if type.equalsIgnoringCase("xhtml") { return .xhtml }
        let mediaType = String(decoding: type, as: UTF8.self).lowercased()
        if mediaType.hasPrefix("text/") || mediaType.hasSuffix("xml") || mediaType.contains("html") { return .plain }
        let escaped = mode.map { $0.elementsEqual("xml".utf8) || $0.elementsEqual("escaped".utf8) } ?? false
        return escaped ? .plain : .base64
    }

    private mutating func startLink(_ attributes: SAXAttributes, depth: Int) {
        guard let href = attributes.value("href") else {
            startCapture(inEntry ? .entryLink : .feedLink, depth: depth)
            return
        }
        let rel = attributes.rawValue("rel")
        if let rel, rel.equalsIgnoringCase("enclosure") {
            if inEntry { addEnclosure(attributes, urlAttribute: "href") }
            return
        }
        guard rel?.equalsIgnoringCase("alternate") ?? true, FeedBuilder.isHTMLType(attributes.rawValue("type")) else {
            return
        }
        let url = resolve(href)
        if inEntry {
            if !entryHasAlternateLink { entry.link = url }
            entryHasAlternateLink = true
        } else {
            if !feedHasAlternateLink { feed.link = url }
            feedHasAlternateLink = true
        }
    }

    private static func isHTMLType(_ type: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let type, !type.isEmpty else { return true }
        // Parameters are allowed (`text/html; charset=utf-8`).
        let end = type.firstIndex(of: UInt8(ascii: ";")) ?? type.count
        let mediaType = UnsafeBufferPointer(rebasing: type[..<end]).trimmingXMLSpace()
        return mediaType.equalsIgnoringCase("text/html") || mediaType.equalsIgnoringCase("application/xhtml+xml")
            || mediaType.equalsIgnoringCase("html") || mediaType.equalsIgnoringCase("xhtml")
    }

    private mutating func addEnclosure(_ attributes: SAXAttributes, urlAttribute: StaticString) {
        guard let url = attributes.value(urlAttribute), !url.isEmpty else { return }
        let type = attributes.value("type").flatMap { $0.isEmpty ? nil : $0 }
        let length = attributes.value("length").flatMap { Int($0.trimmingXMLSpace()) }
        entry.enclosures.append(Enclosure(url: resolve(url), type: type, length: length))
    }

    /// Adds a category; `trimmed` says the text already is (captured text is).
    mutating func addCategory(_ term: String, trimmed: Bool = false) {
        let term = trimmed ? term : term.trimmingXMLSpace()
        guard !term.isEmpty else { return }
        // Entries with categories usually have several: one allocation rather than three.
        if entry.categories.isEmpty { entry.categories.reserveCapacity(4) }
        entry.categories.append(term)
    }

    private mutating func sniffFormat(
        _ name: ElementName, namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, namespaceCount: Int,
        attributes: SAXAttributes
    ) {
        if name == .feed { atomDocument = true }
        // feedparser lets <rss> override a format an Atom namespace declaration suggested.
        if let namespaces, name != .rss {
            // Like feedparser: RSS 0.90 only as the default namespace, RSS 1.0 and Atom 1.0 with any prefix.
            for index in 0..<namespaceCount {
                guard let uri = namespaces[2 * index + 1] else { continue }
                switch String(cString: uri).lowercased() {
                case FeedNamespace.rss090 where namespaces[2 * index] == nil: return setFormat(.rss09x)
                case FeedNamespace.rss10: return setFormat(.rss10)
                case "http://www.w3.org/2005/atom": return setFormat(.atom10)
                default: continue
                }
            }
        }
        switch name {
        case .rss:
            let version = attributes.value("version")?.trimmingXMLSpace() ?? ""
            switch version {
            case "0.90", "0.91", "0.92", "0.93", "0.94": setFormat(.rss09x)
            default: setFormat(version.hasPrefix("2.") ? .rss20 : .unknown)
            }
        case .feed:
            let version = attributes.value("version") ?? ""
            setFormat(["0.1", "0.2", "0.3"].contains(version) ? .atom03 : .unknown)
        default: break
        }
    }

    private mutating func setFormat(_ format: FeedFormat) {
        feed.format = format
        formatKnown = true
    }
}
