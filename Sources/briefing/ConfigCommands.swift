import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing init`: a commented starter feeds.yaml and an empty store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter feeds.yaml (never over an existing one) and create its store."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Your e-mail address or site, written as fetch.contact and sent in the User-Agent.")
    var contact: String?

    func run() throws {
        try reportingErrorsSynchronously {
            if FileManager.default.fileExists(atPath: options.config) {
                printError("briefing: \(options.config) already exists; edit it, or give another --config path")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            // A bad --contact is reported before anything is written.
            let text = try ConfigFile.starter(contact: contact, path: options.config)
            do {
                try text.write(toFile: options.config, atomically: true, encoding: .utf8)
            } catch {
                printError(
                    "briefing: \(options.config): cannot write the starter configuration (\(error.localizedDescription))"
                )
                throw ExitCode(ExitStatus.failure.rawValue)
            }
            let workspace = try options.workspace()
            if !options.quiet {
                print(
                    "wrote \(options.config) (\(workspace.config.feeds.count) feeds) and created \(workspace.config.storePath)"
                )
            }
        }
    }
}

/// `briefing check-config`: validate feeds.yaml and summarize it in one line.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate feeds.yaml and print a one-line summary.",
        discussion: "Exit 0 when valid, 65 when invalid (the message names the line), 66 when missing."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingErrorsSynchronously {
            let config = try ConfigFile.check(options.config)
            let enabled = config.feeds.filter(\.enabled)
            let projects = enabled.filter { $0.kind == .project }.count
            print(
                "\(options.config): ok; \(config.feeds.count) feeds (\(enabled.count) enabled: \(projects) project, "
                    + "\(enabled.count - projects) news), \(config.rules.count) rules, "
                    + "time zone \(config.draft.timeZone.identifier)")
        }
    }
}

/// `briefing export-opml`: the configured feeds as OPML 2.0 on stdout.
struct ExportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opml",
        abstract: "Print the configured feeds as OPML 2.0 (what every feed reader imports)."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingErrorsSynchronously {
            print(try ConfigFile.exportOPML(options.config), terminator: "")
        }
    }
}

/// `briefing import-opml FILE`: add an OPML file's feeds to feeds.yaml, keeping its comments and order.
struct ImportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-opml",
        abstract: "Add the feeds of an OPML file to feeds.yaml (comments and order kept; known URLs skipped)."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The OPML file exported by another feed reader.")
    var file: String

    func run() throws {
        try reportingErrorsSynchronously {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("briefing: \(file): no such file; give the path of an OPML file")
                throw ExitCode(ExitStatus.missingInput.rawValue)
            }
            let edit = try ConfigFile.importOPML(data, named: file, into: options.config)
            for item in edit.skipped { printError("skipped: \(item)") }
            if !options.quiet {
                print("\(options.config): added \(edit.added) feeds, skipped \(edit.skipped.count)")
            }
        }
    }
}
