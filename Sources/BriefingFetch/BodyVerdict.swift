import Foundation

/// Decides whether a successful response body may go to the parser: never an empty body, never an
/// HTML page (the caller gets the feed URL the page announces instead).
enum BodyVerdict {
    /// What the transport knows about the response that carried the body.
    struct Response {
        var finalURL: String
        var status: Int?
        var headers: [String: String]
        var permanentRedirect: String?
    }

    static func outcome(for body: Data, request: FetchRequest, response: Response) -> FetchOutcome {
        if BodySniffer.isBlank(body) {
            return .failed(failure(.emptyBody, request: request, response: response))
        }
        if BodySniffer.isHTML(body) {
            let discovered = FeedAutodiscovery.feedURL(in: body, pageURL: response.finalURL)
            return .failed(failure(.notAFeed(discoveredFeedURL: discovered), request: request, response: response))
        }
        let contentType = response.headers["content-type"]
        return .fetched(
            FetchedDocument(
                body: body, finalURL: response.finalURL, status: response.status, etag: response.headers["etag"],
                lastModified: response.headers["last-modified"], contentType: contentType,
                charset: ContentType.charset(of: contentType), bodyHash: SHA256.hexDigest(body),
                permanentRedirect: response.permanentRedirect))
    }

    private static func failure(_ kind: FetchFailure.Kind, request: FetchRequest, response: Response) -> FetchFailure {
        FetchFailure(
            url: request.url, kind: kind, status: response.status, finalURL: response.finalURL,
            permanentRedirect: response.permanentRedirect)
    }
}
