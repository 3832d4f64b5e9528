import CCurl

/// libcurl, loaded and given its process-wide initialisation by the first command that fetches
/// (see CCurl.h for why it is not linked). Both must happen once, before any transfer, and are not
/// thread-safe themselves; a lazily initialised global runs them exactly once.
enum CurlGlobal {
    /// The file the dynamic loader looks up, the name libcurl's runtime package installs.
    #if os(macOS)
        static let library = "libcurl.4.dylib"
    #else
        static let library = "libcurl.so.4"
    #endif

    /// Why no transfer can run (libcurl is missing or broken), or nil once it is ready.
    static let unavailable: String? = {
        if let message = load(library) {
            return "libcurl could not be loaded (\(message)); install it (Debian: apt-get install libcurl4)"
        }
        guard briefing_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK else {
            return "libcurl could not initialise (curl_global_init failed)"
        }
        return nil
    }()

    /// Loads libcurl from `file`: nil, or what the loader could not find. A failed load changes
    /// nothing, so it can be tried with any file.
    static func load(_ file: String) -> String? {
        var message = [CChar](repeating: 0, count: 512)
        guard briefing_curl_load(file, &message, message.count) != 0 else { return nil }
        return String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
