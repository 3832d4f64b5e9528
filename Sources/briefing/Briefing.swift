import ArgumentParser
import BriefingModel

/// The `briefing` command: parses flags, calls the pipeline, maps the result to output and an exit code.
@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Keeps this month's draft of the briefing up to date from the feeds in feeds.yaml.",
        discussion: "Without a subcommand, runs `briefing run`. " + ExitCodes.help,
        version: BriefingVersion.current,
        subcommands: [
            RunCommand.self, FetchCommand.self, ComposeCommand.self, LearnCommand.self, LabelCommand.self,
            LabelsCommand.self, UnlabelCommand.self, GlossaryCommand.self,
            ClassifyCommand.self, EvalCommand.self, ParseCommand.self,
            FeedsCommand.self, EntriesCommand.self, InitCommand.self, CheckConfigCommand.self, CheckFeedsCommand.self,
            ImportOPMLCommand.self, ExportOPMLCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}

extension Briefing {
    /// `AsyncParsableCommand.main(_:)`, but the paths `briefing parse` is given go past the argument
    /// parser (see `ParseCommand.setAsideFiles`), and a command that never suspends (a
    /// `ParsableCommand`: `parse`, `check-config`, `labels` …) runs on the main thread. Parsing
    /// the arguments synchronously and staying on the main actor keep such a command from hopping
    /// to the global executor, whose first job starts the worker threads; a process with threads
    /// also takes glibc's locked allocator paths. Commands that fetch or serve are
    /// `AsyncParsableCommand`s and hop as before.
    @MainActor
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let setAside = ParseCommand.setAsideFiles(from: &arguments)
        do {
            var command = try parseAsRoot(arguments)
            if var parse = command as? ParseCommand {
                parse.files += setAside
                command = parse
            }
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
