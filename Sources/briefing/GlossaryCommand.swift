import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing glossary [list|edit|forget]`: the editors' own words that `learn` remembered.
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, set or forget the editors' texts remembered per project (from learn).",
        discussion: """
            'briefing learn' keeps, per project (per organisation for news groups), what the editors \
            wrote under the reference layout's sub-headings: 'X 是什么', '典型适用场景', '背景', and a \
            release's headline pattern. A later month's item about the project starts with that text, \
            marked '<!-- from YYYY-MM -->'.
            """,
        subcommands: [GlossaryListCommand.self, GlossaryEditCommand.self, GlossaryForgetCommand.self],
        defaultSubcommand: GlossaryListCommand.self
    )
}

extension GlossaryEntry.Kind: ExpressibleByArgument {}

/// `briefing glossary [--json]`.
struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List what is remembered.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "One JSON array: name, kind, heading, lines, month.")
    var json = false

    func run() throws {
        try reportingErrorsSynchronously {
            let entries = try GlossaryBook(workspace: try options.workspace()).entries()
            if json { return try printJSON(entries.map(Self.object)) }
            for entry in entries {
                let text = entry.lines.joined(separator: " / ")
                print([entry.name, entry.kind.rawValue, entry.month, entry.heading, text].joined(separator: "\t"))
            }
        }
    }

    private static func object(_ entry: GlossaryEntry) -> [String: Any] {
        [
            "name": entry.name, "kind": entry.kind.rawValue, "heading": entry.heading, "lines": entry.lines,
            "month": entry.month,
        ]
    }
}

/// `briefing glossary edit NAME [--kind intro] [--heading H] [--text T]…`.
struct GlossaryEditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Set a project's remembered text by hand (from --text, else from standard input).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The project or organisation, e.g. Istio.")
    var name: String

    @Option(help: "intro (X 是什么), scenarios (典型适用场景), background (背景) or headline.")
    var kind: GlossaryEntry.Kind = .intro

    @Option(help: "The sub-heading shown above the text (default: the remembered one, or the layout's).")
    var heading: String?

    @Option(help: "One paragraph (or list item); repeat for more. Without it, one per line of standard input.")
    var text: [String] = []

    func run() async throws {
        try await reportingErrors {
            let lines = text.isEmpty ? Self.standardInputLines() : text
            let workspace = try options.workspace()
            let entry = try await workspace.holdingRunLock(for: "glossary edit") {
                try GlossaryBook(workspace: workspace).edit(name: name, kind: kind, lines: lines, heading: heading)
            }
            if !options.quiet {
                print("remembered \(entry.kind.rawValue) of \(entry.name): \(entry.lines.count) lines")
            }
        }
    }

    private static func standardInputLines() -> [String] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }
}

/// `briefing glossary forget NAME [--kind K]`.
struct GlossaryForgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget", abstract: "Forget what is remembered about a project (all kinds, or one).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The project or organisation, as 'briefing glossary' lists it.")
    var name: String

    @Option(help: "Only this kind: intro, scenarios, background or headline.")
    var kind: GlossaryEntry.Kind?

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let forgotten = try await workspace.holdingRunLock(for: "glossary forget") {
                try GlossaryBook(workspace: workspace).forget(name: name, kind: kind)
            }
            if !options.quiet { print("forgot \(forgotten) texts of \(name)") }
        }
    }
}
