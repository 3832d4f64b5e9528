import BriefingModel
import Foundation

/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed documents into a `ParsedFeed`.
public enum FeedParser {
    /// Parses one feed document, picking the format by sniffing its bytes.
    ///
    /// - Parameters:
    ///   - data: the document as fetched or read from disk.
    ///   - baseURL: the document's own URL, used to resolve relative links.
    ///   - transportCharset: the charset the transport (HTTP `Content-Type`) declared, if any.
    /// - Returns: the feed; `format` is `.unknown` when the root is not a known feed.
    /// - Throws: `ParseError` when the input is empty or neither XML nor JSON.
    public static func parse(
        _ data: Data, baseURL: String? = nil, transportCharset: String? = nil
    ) throws(ParseError) -> ParsedFeed {
        if let feed = parseUTF8InPlace(data, baseURL: baseURL, transportCharset: transportCharset) { return feed }
        let decoded = DocumentDecoder.decode(data, transportCharset: transportCharset)
        var feed: ParsedFeed
        switch DocumentSniffer.kind(of: decoded.bytes) {
        case .empty:
            throw ParseError(reason: .empty)
        case .json:
            guard let json = JSONFeedReader.read(decoded.bytes, baseURL: baseURL) else {
                throw ParseError(reason: .notXMLOrJSON)
            }
            return json
        case .xml:
            feed = decoded.bytes.withUnsafeBufferPointer { XMLFeedReader.read($0, baseURL: baseURL).feed }
        case .other:
            throw ParseError(reason: .notXMLOrJSON)
        }
        if let problem = decoded.problem, !feed.bozo {
            feed.bozo = true
            feed.bozoReason = problem
        }
        return feed
    }

    /// The common case, read where the bytes lie with no copy and no validation pass: an XML
    /// document that claims UTF-8 (or nothing) and has no BOM. libxml2 checks every character;
    /// nil when it met an invalid one and the bytes are indeed not UTF-8, or when the document
    /// is not of that kind, so the caller decodes it properly.
    private static func parseUTF8InPlace(_ data: Data, baseURL: String?, transportCharset: String?) -> ParsedFeed? {
        let head = [UInt8](data.prefix(DocumentDecoder.headLength))
        guard DocumentSniffer.kind(of: head) == .xml,
            DocumentDecoder.claimsUTF8WithoutBOM(head: head, transportCharset: transportCharset)
        else { return nil }
        return data.withUnsafeBytes { raw -> ParsedFeed? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let (feed, sawInvalidCharacter) = XMLFeedReader.read(bytes, baseURL: baseURL)
            return !sawInvalidCharacter || UTF8Validator.isValid(bytes) ? feed : nil
        }
    }
}
