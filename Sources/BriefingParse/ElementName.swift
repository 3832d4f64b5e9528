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

    /// Identifies an element; local names are matched case-insensitively, as feedparser does.
    /// An element in an unknown default namespace (no prefix) is read as a core element.
    static func identify(namespace: FeedNamespace, prefixed: Bool, localName: String) -> (ElementName, isAtom: Bool) {
        let localName =
            localName.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? localName.lowercased() : localName
        switch namespace {
        case .core: return (core[localName] ?? .other, false)
        case .atom: return (core[localName] ?? .other, true)
        case .other where !prefixed: return (core[localName] ?? .other, false)
        case .dublinCore: return (dublinCore[localName] ?? .other, false)
        case .content: return (localName == "encoded" ? .contentEncoded : .other, false)
        case .itunes: return (itunes[localName] ?? .other, false)
        case .media: return (media[localName] ?? .other, false)
        case .xhtml: return (localName == "body" ? .xhtmlBody : localName == "div" ? .xhtmlDiv : .other, false)
        case .rdf: return (localName == "rdf" ? .rdf : .other, false)
        case .other: return (.other, false)
        }
    }

    private static let core: [String: ElementName] = [
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
    ]

    private static let dublinCore: [String: ElementName] = [
        "title": .dcTitle, "creator": .dcCreator, "author": .dcCreator, "date": .dcDate,
        "description": .dcDescription, "subject": .dcSubject, "language": .dcLanguage,
        "issued": .dcIssued, "modified": .dcModified,
    ]

    private static let itunes: [String: ElementName] = [
        "author": .itunesAuthor, "summary": .itunesSummary, "subtitle": .itunesSubtitle,
        "category": .itunesCategory, "image": .itunesImage, "owner": .itunesOwner, "name": .itunesName,
        "keywords": .itunesKeywords,
    ]

    private static let media: [String: ElementName] = [
        "thumbnail": .mediaThumbnail, "title": .mediaTitle, "description": .mediaDescription,
        "category": .mediaCategory, "keywords": .mediaKeywords,
    ]
}
