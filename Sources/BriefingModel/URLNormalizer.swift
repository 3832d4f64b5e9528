/// Normalizes entry links so that the same article reached through different feeds compares equal.
///
/// The scheme and host are lowercased, `http` becomes `https`, default ports, fragments, tracking
/// query items (`utm_*`, `fbclid`, `gclid`) and trailing slashes are dropped; other query items keep
/// their order and spelling. Hand-written rather than `URLComponents`, so the result does not
/// depend on the platform's URL parser (percent-encoding and IPv6 hosts pass through unchanged).
public enum URLNormalizer {
    /// The normalized form of an `http`/`https` URL; nil for other schemes or a URL without a host.
    public static func normalize(_ url: String) -> String? {
        let trimmed = url.trimmingWhitespace()
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = trimmed[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        guard let authority = normalizedAuthority(rest[..<authorityEnd]) else { return nil }
        let tail = rest[authorityEnd...]
        let queryStart = tail.firstIndex(of: "?") ?? tail.endIndex
        let path = trimmedPath(tail[..<queryStart])
        let query = queryStart < tail.endIndex ? keptQuery(tail[tail.index(after: queryStart)...]) : ""
        return "https://" + authority + path + (query.isEmpty ? "" : "?" + query)
    }

    /// `url` as the feed gave it, without the tracking query items the store's dedup ignores
    /// (`utm_*`, `fbclid`, `gclid`): the address an editor can paste as is. Scheme, host, path,
    /// fragment and the other query items are left exactly as they were.
    public static func withoutTracking(_ url: String) -> String {
        guard let queryStart = url.firstIndex(of: "?") else { return url }
        let afterQuery = url[url.index(after: queryStart)...]
        let fragmentStart = afterQuery.firstIndex(of: "#") ?? afterQuery.endIndex
        let query = keptQuery(afterQuery[..<fragmentStart])
        return String(url[..<queryStart]) + (query.isEmpty ? "" : "?" + query) + afterQuery[fragmentStart...]
    }

    /// `user@Host:port` with the host lowercased and ports 80/443 (or an empty port) dropped.
    private static func normalizedAuthority(_ authority: Substring) -> String? {
        var userInfo = ""
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            userInfo = String(authority[...at])
            hostPort = authority[authority.index(after: at)...]
        }
        var host = hostPort
        var port: Substring = ""
        // The port colon is the last one, unless it sits inside an IPv6 literal `[...]`.
        if let colon = hostPort.lastIndex(of: ":"), !hostPort[colon...].contains("]") {
            host = hostPort[..<colon]
            port = hostPort[hostPort.index(after: colon)...]
        }
        guard !host.isEmpty else { return nil }
        let keepsPort = !port.isEmpty && port != "80" && port != "443"
        return userInfo + host.lowercased() + (keepsPort ? ":" + port : "")
    }

    /// The path without trailing slashes; the root path `/` becomes empty.
    private static func trimmedPath(_ path: Substring) -> String {
        var result = path
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    /// The query without tracking items and empty items, in the original order.
    private static func keptQuery(_ query: Substring) -> String {
        query.split(separator: "&", omittingEmptySubsequences: true)
            .filter { !isTracking($0) }
            .joined(separator: "&")
    }

    private static func isTracking(_ item: Substring) -> Bool {
        let name = (item.split(separator: "=", maxSplits: 1).first ?? item).lowercased()
        return name.hasPrefix("utm_") || name == "fbclid" || name == "gclid"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
