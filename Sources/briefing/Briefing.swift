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
    /// parser (see `ParseCommand.setAsideFiles`).
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let setAside = ParseCommand.setAsideFiles(from: &arguments)
        do {
            var command = try await asyncParseAsRoot(arguments)
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
