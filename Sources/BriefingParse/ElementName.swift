/// The elements the feed reader acts on, with their namespace folded in.
enum ElementName: UInt8 {
    case other
    // RSS / Atom / RDF core (no namespace, RSS 0.90/1.0, Atom 0.3/1.0, Userland).
    case rss, rdf, channel, feed, item, entry, image, textinput, source
    case author, contributor, name, email, uri, url
    case title, link, description, subtitle, tagline, summary, content, info
    case id, guid, pubDate, published, issued, updated, modified, lastBuildDate
    case managingEditor, category, enclosure, language, icon, logo
    // Dublin Core and DC terms.
    case dcTitle, dcCreator, dcDate, dcDescription, dcSubject, dcLanguage, dcIssued, dcModified
    // Modules.
    case contentEncoded, itunesAuthor, itunesSummary, itunesSubtitle, itunesCategory, itunesImage
    case mediaThumbnail
    case xhtmlBody, xhtmlDiv


    static func identify(namespace: String?, localName: String) -> (ElementName, isAtom: Bool) {
        switch FeedNamespace(uri: namespace) {
        case .core: return (core[localName] ?? .other, false)
        case .atom: return (core[localName] ?? .other, true)
        case .dublinCore: return (dublinCore[localName] ?? .other, false)
        case .content: return (localName == "encoded" ? .contentEncoded : .other, false)
        case .itunes: return (itunes[localName] ?? .other, false)
        case .media: return (localName == "thumbnail" ? .mediaThumbnail : .other, false)
        case .xhtml: return (localName == "body" ? .xhtmlBody : localName == "div" ? .xhtmlDiv : .other, false)
        case .rdf: return (localName == "RDF" ? .rdf : .other, false)
        case .other: return (.other, false)
        }
    }

    private static let core: [String: ElementName] = [
        "rss": .rss, "channel": .channel, "feed": .feed, "item": .item, "entry": .entry,
        "image": .image, "textinput": .textinput, "textInput": .textinput, "source": .source,
        "author": .author, "contributor": .contributor, "name": .name, "email": .email,
        "uri": .uri, "url": .url, "title": .title, "link": .link, "description": .description,
        "subtitle": .subtitle, "tagline": .tagline, "summary": .summary, "content": .content,
        "info": .info, "id": .id, "guid": .guid, "pubDate": .pubDate, "pubdate": .pubDate,
        "published": .published, "issued": .issued, "updated": .updated, "modified": .modified,
        "lastBuildDate": .lastBuildDate, "managingEditor": .managingEditor, "category": .category,
        "enclosure": .enclosure, "language": .language, "icon": .icon, "logo": .logo,
    ]

    private static let dublinCore: [String: ElementName] = [
        "title": .dcTitle, "creator": .dcCreator, "author": .dcCreator, "date": .dcDate,
        "description": .dcDescription, "subject": .dcSubject, "language": .dcLanguage,
        "issued": .dcIssued, "modified": .dcModified,
    ]

    private static let itunes: [String: ElementName] = [
        "author": .itunesAuthor, "summary": .itunesSummary, "subtitle": .itunesSubtitle,
        "category": .itunesCategory, "image": .itunesImage,
    ]
}
