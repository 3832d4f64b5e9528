import Foundation
import Testing

/// A temporary folder with a feeds.yaml, a folder the test server serves, and the built `briefing`.
final class Sandbox {
    let root: URL
    let served: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-\(UUID().uuidString)")
        served = root.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// A sandbox whose feeds.yaml names an etcd release feed and a news feed served on 127.0.0.1.
    static func servingTwoFeeds() throws -> (Sandbox, FeedServer) {
        let sandbox = try Sandbox()
        try sandbox.serve("etcd-releases.atom")
        try sandbox.serve("news.rss")
        let server = try FeedServer(root: sandbox.served)
        try sandbox.writeConfig(
            port: server.port,
            feeds: [("etcd", "etcd-releases.atom", "project"), ("news", "news.rss", "news")])
        return (sandbox, server)
    }

    /// Copies a fixture into the served folder.
    func serve(_ fixture: String, as name: String? = nil) throws {
        let source = try Fixture.url(fixture)
        let target = served.appendingPathComponent(name ?? fixture)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
    }

    /// Adds the entry of `news-entry.xml` (about Data.World) to the served news feed.
    func addNewsEntry() throws {
        let feed = try read("served/news.rss")
        let added = try String(contentsOf: try Fixture.url("news-entry.xml"), encoding: .utf8)
        try feed.replacingOccurrences(of: "  </channel>", with: added + "  </channel>")
            .write(to: served.appendingPathComponent("news.rss"), atomically: true, encoding: .utf8)
    }

    /// Writes feeds.yaml with one feed per (name, path, kind) served by `server`.
    func writeConfig(port: Int, feeds: [(name: String, path: String, kind: String)]) throws {
        var text = """
            title: "{year}.{month} 云原生相关信息简报"
            timezone: Asia/Shanghai
            store: briefing.sqlite
            drafts: drafts
            fetch: {concurrency: 4, per_host: 2, timeout: 10s, connect_timeout: 2s}
            feeds:

            """
        for feed in feeds {
            text += "  - name: \(feed.name)\n    url: http://127.0.0.1:\(port)/\(feed.path)\n    kind: \(feed.kind)\n"
        }
        try text.write(to: root.appendingPathComponent("feeds.yaml"), atomically: true, encoding: .utf8)
    }

    func file(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: file(relativePath), encoding: .utf8)
    }

    /// Starts `briefing ARGS` in the sandbox.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.executableURL = Fixture.productsDirectory.appendingPathComponent("briefing")
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `briefing ARGS` in the sandbox to its end.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let (process, out, err) = try start(arguments, environment: environment)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }
}

/// Paths of fixtures and of the built products.
enum Fixture {
    static func url(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    }

    /// The folder holding the test bundle and the `briefing` executable (.build/debug).
    static var productsDirectory: URL {
        var url = Bundle.module.bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: url.appendingPathComponent("briefing").path) {
            url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        return url
    }
}
