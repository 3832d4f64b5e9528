import CCurl
import Foundation

/// Turns a finished libcurl transfer into an outcome: first the transport error, then the status.
struct CurlResult {
    let request: FetchRequest
    let sink: ResponseSink
    let finalURL: String?

    func outcome(code: CURLcode, errorText: String) -> FetchOutcome {
        guard code == CURLE_OK else { return .failed(failure(transportError(code, errorText: errorText))) }
        guard let status = sink.hopStatuses.last else {
            return .failed(failure(.connectionReset(message: "the server closed the connection")))
        }
        return outcome(status: status)
    }

    private func transportError(_ code: CURLcode, errorText: String) -> FetchFailure.Kind {
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout(limit: request.timeout)
        case CURLE_WRITE_ERROR where sink.passedCap:
            return .tooLarge(cap: request.maxBytes)
        case CURLE_FILESIZE_EXCEEDED:
            return .tooLarge(cap: request.maxBytes)
        // A close before Content-Length (or the last chunk) was reached.
        case CURLE_PARTIAL_FILE:
            return .partialBody
        // A reset once a response began; before that the connection broke with no answer at all.
        case CURLE_RECV_ERROR where !sink.hopStatuses.isEmpty:
            return .partialBody
        // Reset while sending or before the status line, or closed with nothing sent (curl's 52).
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING:
            let text = errorText.isEmpty ? String(cString: briefing_curl_easy_strerror(code)) : errorText
            return .connectionReset(message: text)
        case CURLE_ABORTED_BY_CALLBACK:
            return .network(message: "the fetch was cancelled")
        case CURLE_TOO_MANY_REDIRECTS:
            return .tooManyRedirects
        case CURLE_UNSUPPORTED_PROTOCOL:
            return .unsupportedScheme
        default:
            let text = errorText.isEmpty ? String(cString: briefing_curl_easy_strerror(code)) : errorText
            return .network(message: text)
        }
    }

    private func outcome(status: Int) -> FetchOutcome {
        switch status {
        case 200..<300:
            return BodyVerdict.outcome(
                for: sink.body, request: request,
                response: .init(
                    finalURL: finalURL ?? request.url, status: status, headers: sink.headers,
                    permanentRedirect: permanentRedirect))
        case 304:
            return .notModified(permanentRedirect: permanentRedirect)
        case 410:
            return .failed(failure(.gone, status: status))
        case 429, 503:
            let retryAfter = RetryAfter.date(from: sink.headers["retry-after"], now: Date())
            // A 503 without Retry-After is an ordinary server error and backs off as one.
            if status == 503, retryAfter == nil { return .failed(failure(.http(status: status), status: status)) }
            return .failed(failure(.rateLimited(retryAfter: retryAfter), status: status))
        default:
            return .failed(failure(.http(status: status), status: status))
        }
    }

    /// The final URL when every hop before the final response was 301 or 308 (RFC 9110 §15.4: only
    /// those say the resource moved for good); nil without redirects or with any 302/303/307.
    private var permanentRedirect: String? {
        let hops = sink.hopStatuses.dropLast()
        guard !hops.isEmpty, hops.allSatisfy({ $0 == 301 || $0 == 308 }), let finalURL, finalURL != request.url else {
            return nil
        }
        return finalURL
    }

    private func failure(_ kind: FetchFailure.Kind, status: Int? = nil) -> FetchFailure {
        FetchFailure(
            url: request.url, kind: kind, status: status ?? sink.hopStatuses.last, finalURL: finalURL,
            permanentRedirect: permanentRedirect)
    }
}
