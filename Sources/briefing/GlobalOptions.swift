import ArgumentParser

/// Options every command that reads the configuration or the store accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The configuration file.")
    var config: String = "feeds.yaml"

    @Option(name: .long, help: "The SQLite store (default: `store:` in the configuration).")
    var store: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print detail on stderr.")
    var verbose = false
}
