/// The namespace families a feed element can belong to.
enum FeedNamespace {
    case core
    case atom
    case dublinCore
    case content
    case itunes
    case media
    case xhtml
    case rdf
    case other

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    init(uri: String?) {
        guard let uri, !uri.isEmpty else {
            self = .core
            return
        }
        switch uri.lowercased() {
        case "http://www.w3.org/2005/atom", FeedNamespace.atom03: self = .atom
        case FeedNamespace.rss10, FeedNamespace.rss090, "http://backend.userland.com/rss2",
            "http://blogs.law.harvard.edu/tech/rss", "http://backend.userland.com/rss":
            self = .core
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/": self = .dublinCore
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://www.itunes.com/dtds/podcast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd":
            self = .itunes
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        default: self = .other
        }
    }
}
