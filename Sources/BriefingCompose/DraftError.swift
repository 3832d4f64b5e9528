import BriefingModel

/// The draft (or its `.new.md`) could not be read or written.
public struct DraftError: BriefingError, Equatable {
    /// The file that could not be written.
    public let path: String
    /// What failed, as the system said it.
    public let reason: String
    /// The configuration file whose `drafts:` names the folder, for the message.
    public var configName = "feeds.yaml"

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var exitStatus: ExitStatus { .draftNotWritable }

    public var message: String {
        "cannot write draft \(path): \(reason); check that its folder (drafts: in \(configName)) exists "
            + "or can be created and is writable, and that the file is not a folder"
    }
}
