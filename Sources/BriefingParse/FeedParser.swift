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
        var decoded = DocumentDecoder.decode(data, transportCharset: transportCharset, verifyUTF8: false)
        switch DocumentSniffer.kind(of: decoded.bytes) {
        case .empty:
            throw ParseError(reason: .empty)
        case .json:
            if decoded.unverifiedUTF8 { decoded = DocumentDecoder.decode(data, transportCharset: transportCharset) }
            guard let feed = JSONFeedReader.read(decoded.bytes, baseURL: baseURL) else {
                throw ParseError(reason: .notXMLOrJSON)
            }
            return feed
        case .xml:
            var (feed, sawInvalidCharacter) = XMLFeedReader.read(decoded.bytes, baseURL: baseURL)
            if decoded.unverifiedUTF8, sawInvalidCharacter, !UTF8Validator.isValid(decoded.bytes) {
                decoded = DocumentDecoder.decode(data, transportCharset: transportCharset)
                feed = XMLFeedReader.read(decoded.bytes, baseURL: baseURL).feed
            }
            if let problem = decoded.problem, !feed.bozo {
                feed.bozo = true
                feed.bozoReason = problem
            }
            return feed
        case .other:
            throw ParseError(reason: .notXMLOrJSON)
        }
    }
}
