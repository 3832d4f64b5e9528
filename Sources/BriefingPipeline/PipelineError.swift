import BriefingModel

/// Errors of the pipeline itself (the stages' errors pass through unchanged).
public enum PipelineError: BriefingError {
    case templateUnreadable(String)
    case draftNotWritable(String, reason: String)
    case draftMissing(String)
    case outExists(String)
    case outIsADraft(String, month: Month)
    case unknownEntry(String)
    case unknownLabel(Int64)
    case unknownFeed(String, suggestion: String?, config: String)
    case disabledFeed(String, config: String)
    case everyFeedFailed(failed: Int)
    case unknownGlossaryName(String)
    case emptyGlossaryText(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .templateUnreadable: .invalidConfig
        case .draftNotWritable, .outExists, .outIsADraft: .draftNotWritable
        case .draftMissing: .missingInput
        case .unknownEntry, .unknownLabel, .unknownFeed, .disabledFeed, .unknownGlossaryName, .emptyGlossaryText: .usage
        case .everyFeedFailed: .allFeedsFailed
        }
    }

    public var message: String {
        switch self {
        case .templateUnreadable(let path):
            "\(path): the draft template named by `template:` cannot be read; fix the path, or remove the key for the built-in layout"
        case .draftNotWritable(let path, let reason):
            "\(path): the draft cannot be written (\(reason)); check that the drafts folder exists and is writable"
        case .outExists(let path):
            "\(path): exists and was not written by briefing (or was edited since); nothing was written. "
                + "Choose another --out path, or move the file away first"
        case .outIsADraft(let path, let month):
            "\(path) is the draft of \(month); nothing was written. Write previews elsewhere, "
                + "e.g. --out \(month).html, or compose \(month) without --out"
        case .draftMissing(let path):
            "\(path): no such draft; give the path of a draft written by 'briefing run'"
        case .unknownEntry(let reference):
            "no entry with id or link '\(reference)' in the store; list entries with 'briefing entries'"
        case .unknownFeed(let name, let suggestion, let config):
            "no feed named '\(name)' in \(config)"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; 'briefing feeds' lists the names")
        case .disabledFeed(let name, let config):
            "the feed '\(name)' is disabled (enabled: false in \(config)); enable it to fetch it"
        case .unknownLabel(let id):
            "no label \(id) that is still in force; list labels with 'briefing labels'"
        case .unknownGlossaryName(let name):
            "nothing is remembered under '\(name)'; 'briefing glossary' lists the names"
        case .emptyGlossaryText(let name):
            "no text given for '\(name)'; pass --text, or pipe the text in (one line a paragraph)"
        case .everyFeedFailed(let failed):
            "every feed failed (\(failed) of \(failed)); is the network down? The draft was not rewritten"
        }
    }
}
