import ArgumentParser
import BriefingModel
import BriefingParse
import Foundation

/// `briefing parse FILE... [--base-url URL] (--json | --summary)`: parses feed files offline.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parses feed files and prints their normalised JSON or a summary."
    )

    @Argument(help: "The feed files to parse.")
    var files: [String]

    @Option(name: .customLong("base-url"), help: "The document URL that relative links resolve against.")
    var baseURL: String?

    @Flag(name: .long, help: "Print each file's normalised JSON (one object per line).")
    var json = false

    @Flag(name: .long, help: "Print one last line: files=N entries=M bozo=K.")
    var summary = false

    func validate() throws {
        guard json != summary else { throw ValidationError("Give exactly one of --json or --summary.") }
    }

    func run() async throws {
        var parsedFiles = 0
        var entries = 0
        var bozo = 0
        var failed = false
        let reader = FeedFileReader()
        for file in files {
            do {
                let feed = try Self.parse(file, baseURL: baseURL, with: reader)
                parsedFiles += 1
                entries += feed.entries.count
                if feed.bozo { bozo += 1 }
                if json { print(ConformanceJSON.render(feed)) }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("briefing parse: \(file): \(error)\n".utf8))
            }
        }
        if summary { print("files=\(parsedFiles) entries=\(entries) bozo=\(bozo)") }
        if failed { throw ExitCode(ExitStatus.failure.rawValue) }
    }

    private static func parse(_ file: String, baseURL: String?, with reader: FeedFileReader) throws -> ParsedFeed {
        let feed = try reader.withContents(ofFile: file) { data throws(ParseError) in
            try FeedParser.parse(data, baseURL: baseURL)
        }
        guard let feed else { throw FileReadError() }
        return feed
    }
}

/// A feed file that could not be read (the command prefixes the file's path).
struct FileReadError: BriefingError {
    var exitStatus: ExitStatus { .missingInput }
    var message: String { "cannot read the file; check the path and its permissions" }
}
