import BriefingModel

/// Errors of the pipeline itself (the stages' errors pass through unchanged).
public enum PipelineError: BriefingError {
    case templateUnreadable(String)
    case draftNotWritable(String, reason: String)
    case draftMissing(String)
    case unknownEntry(Int64)
    case everyFeedFailed(failed: Int)
    case unknownFeed(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .templateUnreadable: .invalidConfig
        case .draftNotWritable: .draftNotWritable
        case .draftMissing: .missingInput
        case .unknownEntry: .usage
        case .everyFeedFailed: .allFeedsFailed
        case .unknownFeed: .usage
        }
    }

    public var message: String {
        switch self {
        case .templateUnreadable(let path):
            "\(path): the draft template named by `template:` in feeds.yaml cannot be read; fix the path or remove the key"
        case .draftNotWritable(let path, let reason):
            "\(path): the draft cannot be written (\(reason)); check that the drafts folder exists and is writable"
        case .draftMissing(let path):
            "\(path): no such draft; give the path of a draft written by 'briefing run'"
        case .unknownEntry(let id):
            "no entry with id \(id) in the store; list ids with 'briefing entries'"
        case .everyFeedFailed(let failed):
            "every feed failed (\(failed) of \(failed)); is the network down? The draft was not rewritten"
        case .unknownFeed(let name):
            "no feed named '\(name)' in feeds.yaml; 'briefing feeds' lists the names"
        }
    }
}
