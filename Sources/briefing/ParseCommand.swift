import ArgumentParser
import BriefingModel
import BriefingPipeline
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
        let files = FeedFiles()
        for file in self.files {
            do {
                let feed = try files.parse(file, baseURL: baseURL)
                parsedFiles += 1
                entries += feed.entries.count
                if feed.bozo { bozo += 1 }
                if json { print(FeedFiles.conformanceJSON(feed)) }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("briefing parse: \(file): \(error)\n".utf8))
            }
        }
        if summary { print("files=\(parsedFiles) entries=\(entries) bozo=\(bozo)") }
        if failed { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}
