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

    private static let malformed = "malformed XML; check that every tag is closed and & is written as &amp;"

    private let data: Data
    private var outlines: [Outline] = []
    private var sawRoot = false
    private var problem: Problem?
    /// Open elements, to catch ill-formed nesting the parser lets through.
    private var stack: [String] = []

    init(data: Data) {
        self.data = data
    }

    /// The outlines in document order, or the first problem.
    func read() -> (outlines: [Outline], problem: Problem?) {
        guard !data.isEmpty else { return ([], Problem(text: "the file is empty", line: 1)) }
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if problem == nil, !parsed {
            problem = Problem(text: Self.malformed, line: max(1, parser.lineNumber))
        }
        if problem == nil, !stack.isEmpty {
            problem = Problem(
                text: "malformed XML (<\(stack.last ?? "")> is never closed)", line: max(1, parser.lineNumber))
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
        stack.append(elementName)
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

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard problem == nil else { return }
        problem = Problem(text: Self.malformed, line: max(1, parser.lineNumber))
    }

    /// Foundation's parser on Linux can report success on ill-formed input, so the reader checks
    /// the nesting itself.
    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard let open = stack.popLast(), open == elementName, problem == nil else {
            if problem == nil {
                problem = Problem(
                    text: "malformed XML (</\(elementName)> does not close an open element)",
                    line: max(1, parser.lineNumber))
            }
            parser.abortParsing()
            return
        }
    }
}
