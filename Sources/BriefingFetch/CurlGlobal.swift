import CCurl

/// libcurl's process-wide initialisation, which must happen once before any transfer and is not
/// thread-safe itself; a lazily initialised global runs it exactly once.
enum CurlGlobal {
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    static func ensureInitialised() {
        _ = initialised
    }
}
