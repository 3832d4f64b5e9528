import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the feed outlines of an OPML document with Foundation's `XMLParser`
/// (OPML files are small, hand-made or exported by a reader; no external entities are loaded).
final class OPMLReader: NSObject, XMLParserDelegate {
    /// One `<outline>` with an `xmlUrl`.
    struct Outline {
        var xmlURL: String
        var title: String?
        var text: String?
        var line: Int
    }

    /// What went wrong, and where.
    struct Problem {
        var text: String
        var line: Int
    }

    private let data: Data
    private var outlines: [Outline] = []
    private var sawRoot = false
    private var problem: Problem?

    init(data: Data) {
        self.data = data
    }

    /// The outlines in document order, or the first problem.
    func read() -> (outlines: [Outline], problem: Problem?) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if problem == nil, !parsed {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            problem = Problem(text: "malformed XML (\(reason))", line: max(1, parser.lineNumber))
        }
        if problem == nil, !sawRoot {
            problem = Problem(text: "the root element is not <opml>", line: 1)
        }
        return (outlines, problem)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if !sawRoot {
            sawRoot = elementName.lowercased() == "opml"
            if !sawRoot {
                problem = Problem(text: "the root element is <\(elementName)>, not <opml>", line: parser.lineNumber)
                parser.abortParsing()
            }
            return
        }
        guard elementName.lowercased() == "outline" else { return }
        var lowered: [String: String] = [:]
        for (key, value) in attributeDict { lowered[key.lowercased()] = value }
        guard let url = lowered["xmlurl"], !url.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        outlines.append(Outline(xmlURL: url, title: lowered["title"], text: lowered["text"], line: parser.lineNumber))
    }
}
