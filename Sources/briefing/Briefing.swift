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
