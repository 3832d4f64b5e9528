import BriefingPipeline
import Foundation
import Hummingbird
import Logging

/// `briefing serve`: the editors' workbench over the store and feeds.yaml of `workspace`.
public struct WorkbenchServer: Sendable {
    private let workbench: Workbench
    private let options: ServeOptions
    private let csrf: String

    /// - Throws: `ServeError.tokenRequired` for a host other than loopback without a token.
    public init(workspace: Workspace, options: ServeOptions, now: @escaping @Sendable () -> Date = { Date() }) throws {
        var options = options
        options.token = options.token ?? workspace.config.serve.token
        self.options = try options.checked()
        self.workbench = Workbench(workspace: workspace, now: now)
        self.csrf = Secrets.random()
    }

    /// The Hummingbird application (the tests drive it in-process); `onStart` gets the bound port.
    public func application(onStart: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        let router = WorkbenchRouter(workbench: workbench, options: options, csrf: csrf).router()
        // Hummingbird's own log lines are not ours: `--verbose` prints one line per request instead.
        let quiet = Logger(label: "briefing.serve") { _ in SwiftLogNoOpLogHandler() }
        return Application(
            router: router, configuration: .init(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in onStart(channel.localAddress?.port ?? options.port) }, logger: quiet)
    }

    /// Serves until the process is stopped, printing the URL to open once listening.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let options = self.options
        try await application { port in announce(options.loginURL(port: port)) }.runService()
    }

    /// The CSRF token of this server (for tests that post forms).
    public var csrfToken: String { csrf }
}
