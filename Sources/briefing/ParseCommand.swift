import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing parse FILE|DIR... [--files-from LIST] [--base-url URL] (--json | --summary)`: parses
/// feed files offline.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parses feed files and prints their normalised JSON or a summary."
    )

    @Argument(help: "The feed files to parse; a directory stands for its feed files, sorted by name.")
    var files: [String] = []

    /// The options that take a value, so that `setAsideFiles` knows their values are not paths.
    static let optionsWithAValue: Set<String> = ["--files-from", "--base-url"]

    @Option(name: .customLong("files-from"), help: "A file listing one feed file per line (- reads standard input).")
    var filesFrom: String?

    @Option(name: .customLong("base-url"), help: "The document URL that relative links resolve against.")
    var baseURL: String?

    @Flag(name: .long, help: "Print each file's normalised JSON (one object per line).")
    var json = false

    @Flag(name: .long, help: "Print one last line: files=N entries=M bozo=K.")
    var summary = false

    func validate() throws {
        guard json != summary else { throw ValidationError("Give exactly one of --json or --summary.") }
        guard !files.isEmpty || filesFrom != nil else {
            throw ValidationError("Give the feed files to parse, a directory of them, or --files-from LIST.")
        }
    }

    func run() throws {
        var parsedFiles = 0
        var entries = 0
        var bozo = 0
        var failed = false
        let paths = try reportingErrorsSynchronously {
            try FeedFilePaths.expanding(files + (filesFrom.map(FeedFilePaths.listed(in:)) ?? []))
        }
        let reader = FeedFiles()
        for file in paths {
            do {
                let feed = try reader.parse(file, baseURL: baseURL)
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

extension ParseCommand {
    /// Takes the feed paths after the first out of `briefing parse …`'s arguments, in order, for the
    /// command to add to `files` after parsing: swift-argument-parser 1.8 stores each value of an
    /// array argument by copying the array parsed so far, so 1,000 paths (`CORPUS/*.xml`) cost
    /// 0.03 s of CPU, as much as parsing 70 of the files. The first path stays, so usage, `--help`
    /// and validation see the command as it was typed. Arguments of any other command are untouched.
    static func setAsideFiles(from arguments: inout [String]) -> [String] {
        guard arguments.first == configuration.commandName else { return [] }
        var kept = [arguments[0]]
        var setAside: [String] = []
        var keptAPath = false
        var index = 1
        func path(_ argument: String) {
            if keptAPath { setAside.append(argument) } else { kept.append(argument) }
            keptAPath = true
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                kept.append(argument)
                arguments[index...].forEach(path)
                break
            }
            if argument.hasPrefix("-"), argument != "-" {
                kept.append(argument)
                if optionsWithAValue.contains(argument), index < arguments.count {
                    kept.append(arguments[index])
                    index += 1
                }
            } else {
                path(argument)
            }
        }
        arguments = kept
        return setAside
    }
}
