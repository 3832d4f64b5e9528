/// The elements the feed reader acts on, with their namespace folded in.
enum ElementName: UInt8 {
    case other
    // RSS / Atom / RDF core (no namespace, RSS 0.90/1.0, Atom 0.3/1.0, Userland).
    case rss, rdf, channel, feed, item, entry, image, textinput, source
    case author, contributor, name, email, uri, url
    case title, link, description, subtitle, tagline, summary, content, info
    case id, guid, pubDate, published, issued, updated, modified, lastBuildDate
    case managingEditor, category, tags, enclosure, language, icon, logo
    // Dublin Core and DC terms.
    case dcTitle, dcCreator, dcDate, dcDescription, dcSubject, dcLanguage, dcIssued, dcModified
    // Modules.
    case contentEncoded, itunesAuthor, itunesSummary, itunesSubtitle, itunesCategory, itunesImage
    case mediaThumbnail, mediaTitle, mediaDescription, mediaCategory
    case itunesOwner, itunesName, itunesKeywords, mediaKeywords
    case xhtmlBody, xhtmlDiv

    /// Identifies an element from libxml2's NUL-terminated local name; names are matched
    /// case-insensitively, as feedparser does. An element in an unknown default namespace (no
    /// prefix) is read as a core element. An ASCII name (every name in the tables is) is packed
    /// as it lies, with no String; any other is lowercased as a String first when it has an
    /// ASCII capital, as the String lookup this replaced did (so `LIN\u{212A}`, with a Kelvin
    /// sign, is a link, and `lin\u{212A}` is not).
    static func identify(
        namespace: FeedNamespace, prefixed: Bool, localName: UnsafePointer<UInt8>
    ) -> (ElementName, isAtom: Bool) {
        var length = 0
        while localName[length] != 0, localName[length] < 0x80 { length += 1 }
        let name: PackedName?
        if localName[length] == 0 {
            name = PackedName(UnsafeBufferPointer(start: localName, count: length))
        } else {
            let text = String(cString: localName)
            let hasCapital = text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
            name = PackedName(hasCapital ? text.lowercased() : text)
        }
        // A name longer than any in the tables (PackedName holds 16 bytes) is none of them.
        guard let name else { return (.other, namespace == .atom) }
        return identify(namespace: namespace, prefixed: prefixed, name: name)
    }

    private static func identify(namespace: FeedNamespace, prefixed: Bool, name: PackedName) -> (
        ElementName, isAtom: Bool
    ) {
        switch namespace {
        case .core: return (core[name] ?? .other, false)
        case .atom: return (core[name] ?? .other, true)
        case .other where !prefixed: return (core[name] ?? .other, false)
        case .dublinCore: return (dublinCore[name] ?? .other, false)
        case .content: return (name == encoded ? .contentEncoded : .other, false)
        case .itunes: return (itunes[name] ?? .other, false)
        case .media: return (media[name] ?? .other, false)
        case .xhtml: return (name == body ? .xhtmlBody : name == div ? .xhtmlDiv : .other, false)
        case .rdf: return (name == rdfName ? .rdf : .other, false)
        case .other: return (.other, false)
        }
    }

    private static let encoded = PackedName("encoded")
    private static let body = PackedName("body")
    private static let div = PackedName("div")
    private static let rdfName = PackedName("rdf")

    private static let core = PackedNameTable<ElementName>([
        "rss": .rss, "channel": .channel, "feed": .feed, "item": .item, "entry": .entry,
        "image": .image, "textinput": .textinput, "source": .source,
        "author": .author, "contributor": .contributor, "name": .name, "email": .email,
        "uri": .uri, "url": .url, "title": .title, "link": .link, "description": .description, "abstract": .description,
        "subtitle": .subtitle, "tagline": .tagline, "summary": .summary, "content": .content,
        "info": .info, "id": .id, "guid": .guid, "pubdate": .pubDate, "fullitem": .contentEncoded,
        "body": .xhtmlBody,
        "published": .published, "issued": .issued, "updated": .updated, "modified": .modified,
        "lastbuilddate": .lastBuildDate, "managingeditor": .managingEditor, "category": .category,
        "enclosure": .enclosure, "tags": .tags, "language": .language, "icon": .icon, "logo": .logo,
    ])

    private static let dublinCore = PackedNameTable<ElementName>([
        "title": .dcTitle, "creator": .dcCreator, "author": .dcCreator, "date": .dcDate,
        "description": .dcDescription, "subject": .dcSubject, "language": .dcLanguage,
        "issued": .dcIssued, "modified": .dcModified,
    ])

    private static let itunes = PackedNameTable<ElementName>([
        "author": .itunesAuthor, "summary": .itunesSummary, "subtitle": .itunesSubtitle,
        "category": .itunesCategory, "image": .itunesImage, "owner": .itunesOwner, "name": .itunesName,
        "keywords": .itunesKeywords,
    ])

    private static let media = PackedNameTable<ElementName>([
        "thumbnail": .mediaThumbnail, "title": .mediaTitle, "description": .mediaDescription,
        "category": .mediaCategory, "keywords": .mediaKeywords,
    ])
}
