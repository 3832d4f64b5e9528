import CCurl
import Foundation

/// One HTTP POST of a JSON body (an API call, not a feed): no redirects followed, http(s) only,
/// one deadline for everything, the answer read up to a cap.
public struct JSONPost: Sendable {
    public var url: String
    /// Extra header lines, e.g. `Authorization: Bearer …`. Never logged nor put in a failure.
    public var headers: [String]
    public var body: Data
    public var timeout: Duration
    public var maxBytes: Int
    public var userAgent: String

    public init(
        url: String, headers: [String] = [], body: Data, timeout: Duration, maxBytes: Int = 1 << 20,
        userAgent: String
    ) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
    }

    /// What came back: a response of any status, or why there was none.
    public enum Outcome: Sendable, Equatable {
        /// Header names are lower-cased.
        case response(status: Int, headers: [String: String], body: Data)
        case timedOut
        /// The answer would have passed `maxBytes`.
        case tooLarge
        /// Connection refused, DNS, TLS…: libcurl's message, which names the host, never a header.
        case failed(String)
    }

    /// Sends the request on a thread of its own, so the blocking transfer never holds a
    /// cooperative-pool thread.
    public func send() async -> Outcome {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: perform()) }
            thread.name = "briefing-post"
            thread.start()
        }
    }

    /// Sends the request on the calling thread (which it blocks for up to `timeout`).
    private func perform() -> Outcome {
        if let problem = CurlGlobal.unavailable { return .failed(problem) }
        guard let handle = briefing_curl_easy_init() else { return .failed("libcurl could not create a transfer") }
        defer { briefing_curl_easy_cleanup(handle) }
        let sink = ResponseSink(cap: maxBytes, cancellation: CancellationFlag())
        var list: UnsafeMutablePointer<curl_slist>?
        for line in ["Content-Type: application/json", "Accept: application/json"] + headers {
            list = briefing_curl_slist_append(list, line)
        }
        defer { briefing_curl_slist_free_all(list) }
        let code = withExtendedLifetime(sink) {
            configure(handle, sink: Unmanaged.passUnretained(sink).toOpaque(), headers: list)
            return body.withUnsafeBytes { bytes in
                _ = briefing_curl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count))
                // COPYPOSTFIELDS copies the bytes, so the buffer need only live through this call.
                _ = briefing_curl_setopt_pointer(
                    handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
                return briefing_curl_easy_perform(handle)
            }
        }
        switch code {
        case CURLE_OK:
            return .response(status: sink.hopStatuses.last ?? 0, headers: sink.headers, body: sink.body)
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_WRITE_ERROR where sink.passedCap, CURLE_FILESIZE_EXCEEDED: return .tooLarge
        default: return .failed(String(cString: briefing_curl_easy_strerror(code)))
        }
    }

    private func configure(
        _ handle: UnsafeMutableRawPointer, sink: UnsafeMutableRawPointer, headers: UnsafeMutablePointer<curl_slist>?
    ) {
        _ = briefing_curl_setopt_string(handle, CURLOPT_URL, url)
        _ = briefing_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = briefing_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = briefing_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        _ = briefing_curl_setopt_long(handle, CURLOPT_POST, 1)
        _ = briefing_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = briefing_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes))
        _ = briefing_curl_setopt_string(handle, CURLOPT_USERAGENT, userAgent)
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers.map { UnsafeMutableRawPointer($0) })
        _ = briefing_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            guard let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            return sink.appendBody(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        }
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, sink)
        _ = briefing_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            guard let context else { return 0 }
            Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
                .takeHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        }
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sink)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
