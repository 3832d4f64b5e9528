import ArgumentParser

/// Options every command that reads the configuration or the store accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "The configuration file (default: feeds.yaml).")
    var configPath: String?

    @Option(name: .long, help: "The SQLite store (default: `store:` in the configuration).")
    var store: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print detail on stderr.")
    var verbose = false

    /// The configuration file to read.
    var config: String { configPath ?? "feeds.yaml" }

    /// True when `--config` was given (a missing file is then an error even where a default would do).
    var configNamed: Bool { configPath != nil }
}
