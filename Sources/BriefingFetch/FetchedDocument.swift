import Foundation

/// A response body that may be a feed: a 2xx with a non-empty body that is not an HTML page.
public struct FetchedDocument: Sendable, Hashable {
    /// The decoded body, byte for byte as the server sent it (after Content-Encoding only).
    public var body: Data
    /// The URL the body came from, after redirects.
    public var finalURL: String
    /// HTTP status; nil for a file URL.
    public var status: Int?
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    /// The `charset` parameter of Content-Type, unquoted, as the server spelled it (the parser's
    /// transport charset); nil when absent.
    public var charset: String?
    /// Lower-case hex SHA-256 of `body`, to recognise a server that resends the same body.
    public var bodyHash: String
    /// The final URL, set only when every hop of a redirect chain was permanent (301/308).
    public var permanentRedirect: String?

    public init(
        body: Data, finalURL: String, status: Int?, etag: String? = nil, lastModified: String? = nil,
        contentType: String? = nil, charset: String? = nil, bodyHash: String, permanentRedirect: String? = nil
    ) {
        self.body = body
        self.finalURL = finalURL
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.charset = charset
        self.bodyHash = bodyHash
        self.permanentRedirect = permanentRedirect
    }
}
