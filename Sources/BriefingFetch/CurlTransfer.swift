import CCurl
import Foundation

/// One blocking libcurl easy transfer. It runs on a thread of its own, never on the cooperative pool.
struct CurlTransfer {
    /// Feed media types first; anything else is still accepted because many feeds are served as text/xml
    /// or text/plain.
    private static let accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
        + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

    let request: FetchRequest
    let cancellation: CancellationFlag

    /// Performs the request and reads what came back.
    func run() -> FetchOutcome {
        if let problem = CurlGlobal.unavailable { return failure(.network(message: problem)) }
        guard let handle = briefing_curl_easy_init() else {
            return failure(.network(message: "libcurl could not create a transfer"))
        }
        defer { briefing_curl_easy_cleanup(handle) }
        let sink = ResponseSink(cap: request.maxBytes, cancellation: cancellation)
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }
        let headerList = requestHeaders()
        defer { briefing_curl_slist_free_all(headerList) }
        let code = withExtendedLifetime(sink) {
            configure(handle, sink: Unmanaged.passUnretained(sink).toOpaque(), headers: headerList)
            _ = briefing_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
            return briefing_curl_easy_perform(handle)
        }
        let reader = CurlResult(request: request, sink: sink, finalURL: info(handle, CURLINFO_EFFECTIVE_URL))
        return reader.outcome(code: code, errorText: String(cString: errorBuffer))
    }

    private func configure(
        _ handle: UnsafeMutableRawPointer, sink: UnsafeMutableRawPointer, headers: UnsafeMutablePointer<curl_slist>?
    ) {
        setString(handle, CURLOPT_URL, request.url)
        // http and https only, also for every redirect target (no file://, ftp://, gopher://…).
        setString(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        setString(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        setLong(handle, CURLOPT_FOLLOWLOCATION, 1)
        setLong(handle, CURLOPT_MAXREDIRS, FetchLimits.maxRedirects)
        // Threads without signals: libcurl must not use SIGALRM for DNS timeouts.
        setLong(handle, CURLOPT_NOSIGNAL, 1)
        setLong(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(request.connectTimeout))
        // The hard deadline for everything, which also ends slow-drip servers.
        setLong(handle, CURLOPT_TIMEOUT_MS, milliseconds(request.timeout))
        // "" offers every encoding this libcurl decodes (gzip, deflate, br, zstd here).
        setString(handle, CURLOPT_ACCEPT_ENCODING, "")
        // A declared length past the cap stops before any body byte; the write callback enforces the
        // cap on decoded bytes for everything else (chunked, close-delimited, compressed).
        _ = briefing_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBytes))
        setString(handle, CURLOPT_USERAGENT, request.userAgent)
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers.map { UnsafeMutableRawPointer($0) })
        installCallbacks(handle, sink: sink)
    }

    private func installCallbacks(_ handle: UnsafeMutableRawPointer, sink: UnsafeMutableRawPointer) {
        _ = briefing_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            guard let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            // Returning less than the size given makes libcurl stop with CURLE_WRITE_ERROR.
            return sink.appendBody(bytes) ? size * count : 0
        }
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, sink)
        _ = briefing_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            guard let context else { return 0 }
            let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
            sink.takeHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        }
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sink)
        // Called at least once a second: a non-zero return ends a transfer whose task was cancelled.
        setLong(handle, CURLOPT_NOPROGRESS, 0)
        _ = briefing_curl_setopt_progress_callback(handle, CURLOPT_XFERINFOFUNCTION) { context, _, _, _, _ in
            guard let context else { return 0 }
            return Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
        }
        _ = briefing_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, sink)
    }

    /// Accept, plus the validators only when present and non-empty, byte-exact (RFC 9110 §13.1).
    private func requestHeaders() -> UnsafeMutablePointer<curl_slist>? {
        var lines = ["Accept: \(Self.accept)"]
        if let etag = request.etag, !etag.isEmpty { lines.append("If-None-Match: \(etag)") }
        if let lastModified = request.lastModified, !lastModified.isEmpty {
            lines.append("If-Modified-Since: \(lastModified)")
        }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines { list = briefing_curl_slist_append(list, line) }
        return list
    }

    private func failure(_ kind: FetchFailure.Kind) -> FetchOutcome {
        .failed(FetchFailure(url: request.url, kind: kind))
    }

    private func info(_ handle: UnsafeMutableRawPointer, _ key: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard briefing_curl_getinfo_string(handle, key, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private func setLong(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) {
        _ = briefing_curl_setopt_long(handle, option, value)
    }

    private func setString(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: String) {
        // libcurl copies string options (since 7.17), so the temporary C string may go away.
        _ = briefing_curl_setopt_string(handle, option, value)
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
