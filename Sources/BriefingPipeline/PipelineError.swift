import BriefingModel

/// Errors of the pipeline itself (the stages' errors pass through unchanged).
public enum PipelineError: BriefingError {
    case templateUnreadable(String)
    case draftNotWritable(String, reason: String)
    case draftMissing(String)
    case unknownEntry(String)
    case unknownLabel(Int64)
    case everyFeedFailed(failed: Int)

    public var exitStatus: ExitStatus {
        switch self {
        case .templateUnreadable: .invalidConfig
        case .draftNotWritable: .draftNotWritable
        case .draftMissing: .missingInput
        case .unknownEntry, .unknownLabel: .usage
        case .everyFeedFailed: .allFeedsFailed
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
        case .unknownEntry(let reference):
            "no entry with id or link '\(reference)' in the store; list entries with 'briefing entries'"
        case .unknownLabel(let id):
            "no label \(id) that is still in force; list labels with 'briefing labels'"
        case .everyFeedFailed(let failed):
            "every feed failed (\(failed) of \(failed)); is the network down? The draft was not rewritten"
        }
    }
}
