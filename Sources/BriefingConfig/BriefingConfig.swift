import BriefingModel

/// The validated content of feeds.yaml, with every path made absolute.
public struct BriefingConfig: Sendable {
    /// Absolute path of the config file.
    public var path: String
    /// Absolute path of the folder holding the config file; relative paths resolve against it.
    public var directory: String
    /// Absolute path of the SQLite store (`store:`).
    public var storePath: String
    public var draft: DraftSettings
    public var fetch: FetchSettings
    public var classify: ClassifySettings
    /// The feeds in file order.
    public var feeds: [FeedSource]
    /// Global rules first, then each feed's rules (with `Rule.feed` set), each in file order.
    public var rules: [Rule]
    /// Machine drafts (`assist:`); nil, the default, means off.
    public var assist: AssistSettings?
    /// `serve:`, read by `briefing serve` only.
    public var serve = ServeSettings()

    public init(
        path: String, directory: String, storePath: String, draft: DraftSettings = DraftSettings(),
        fetch: FetchSettings = FetchSettings(), classify: ClassifySettings = ClassifySettings(),
        feeds: [FeedSource] = [], rules: [Rule] = []
    ) {
        self.path = path
        self.directory = directory
        self.storePath = storePath
        self.draft = draft
        self.fetch = fetch
        self.classify = classify
        self.feeds = feeds
        self.rules = rules
    }

    /// The feed named `name`, if any.
    public func feed(named name: String) -> FeedSource? {
        feeds.first { $0.name == name }
    }

    /// The feed a person named on the command line: names are compared ignoring case, as in
    /// feeds.yaml itself.
    public func feed(matching name: String) -> FeedSource? {
        feed(named: name) ?? feeds.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
