import BriefingModel

/// Why `briefing learn` refused a file: it records nothing then, so the editors' labels stay as
/// they were.
public enum LearnError: BriefingError {
    case binary(String)
    case notUTF8(String)
    case notADraft(String)
    case newCandidatesFile(String, draft: String)
    case tooManyDeletions(String, deleted: Int, written: Int)

    public var exitStatus: ExitStatus { .invalidConfig }

    public var message: String {
        switch self {
        case .binary(let path):
            "\(path): a binary file, not a draft; give the path of a draft such as drafts/2025-05.md"
        case .notUTF8(let path):
            "\(path): not UTF-8 text (GB18030 or GBK?); convert it first, e.g. "
                + "iconv -f GB18030 -t UTF-8 \(path) > draft.md, and learn draft.md"
        case .notADraft(let path):
            "\(path): not a briefing draft (no 专题一…专题六 section heading found); nothing was learned"
        case .newCandidatesFile(let path, let draft):
            "\(path) lists new candidates, not the editors' decisions; copy what you keep into \(draft) "
                + "and learn that (or pass --force)"
        case .tooManyDeletions(let path, let deleted, let written):
            "\(path): learning it would drop \(deleted) of the \(written) entries the draft was written with; "
                + "if the editors really deleted them, run again with --force (see what it records with --dry-run)"
        }
    }
}
