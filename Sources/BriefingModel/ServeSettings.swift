/// How `briefing serve` admits browsers (`serve:` in feeds.yaml).
public struct ServeSettings: Sendable, Hashable {
    /// The secret a browser must present (as a cookie set by the login URL) when the server
    /// listens on anything but loopback; nil: loopback only.
    public var token: String?

    public init(token: String? = nil) {
        self.token = token
    }
}
