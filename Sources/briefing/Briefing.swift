import ArgumentParser
import BriefingModel

/// The `briefing` command: parses flags, calls the pipeline, maps the result to output and an exit code.
@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Keeps this month's draft of the briefing up to date from the feeds in feeds.yaml.",
        version: BriefingVersion.current,
        subcommands: [ClassifyCommand.self, EvalCommand.self]
    )
}
