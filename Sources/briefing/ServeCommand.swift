import ArgumentParser
import BriefingPipeline
import BriefingServe
import Foundation

/// `briefing serve`: the editors' workbench in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the editors' workbench: the month's issue, candidates, feeds and draft in a browser.",
        discussion: """
            Listens on 127.0.0.1 unless --host says otherwise; any other host needs a token (serve.token in \
            feeds.yaml or --token), set as a cookie by the login URL printed at start. --verbose logs one line \
            per request to stderr.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port (0: any free port; the URL printed says which).")
    var port = 8080

    @Option(help: "The login secret (default: serve.token in feeds.yaml); required off loopback.")
    var token: String?

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let server = try WorkbenchServer(
                workspace: workspace,
                options: ServeOptions(host: host, port: port, token: token, verbose: options.verbose))
            let quiet = options.quiet
            try await server.run { url in
                // Unbuffered: a script waiting for this line must get it while the server runs.
                if !quiet { FileHandle.standardOutput.write(Data("briefing serve: open \(url) (Ctrl-C stops)\n".utf8)) }
            }
        }
    }
}
