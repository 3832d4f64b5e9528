/// How `briefing serve` listens and whom it admits.
public struct ServeOptions: Sendable {
    public var host: String
    public var port: Int
    /// The secret of the login URL; required unless `host` is loopback.
    public var token: String?
    /// Log one line per request to stderr.
    public var verbose: Bool

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, verbose: Bool = false) {
        self.host = host
        self.port = port
        self.token = token
        self.verbose = verbose
    }

    /// True for the addresses only this machine reaches.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The options when they may be served: a host other than loopback needs a token, since
    /// anyone on that network could otherwise label the month.
    public func checked() throws(ServeError) -> ServeOptions {
        guard isLoopback || token != nil else { throw .tokenRequired(host: host) }
        guard (0...65535).contains(port) else { throw .badPort(port) }
        return self
    }

    /// The URL a browser opens first: with the token when one is set (it becomes a cookie).
    public func loginURL(port boundPort: Int) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let base = "http://\(shownHost):\(boundPort)"
        guard let token else { return base + "/" }
        return base + "/login?token=" + token
    }
}
