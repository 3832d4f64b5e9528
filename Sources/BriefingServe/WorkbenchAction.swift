import BriefingModel

/// One decision an editor takes on the pages, read from a submitted form.
enum WorkbenchAction: Sendable, Equatable {
    /// Label the entries with a section: move (another section), keep (confirm), pin or promote.
    case place([Int64], Section)
    /// Label the entries `drop`.
    case drop([Int64])
    /// Undo the labels in force that the workbench made on the entries.
    case undo([Int64])
    /// Write the Chinese headline and summary of the item led by the entry.
    case text(Int64, headline: String, summary: String)
    /// Take the entry out of its item into one of its own.
    case split(Int64)
    /// Put the entries (one item) into the item showing the target entry.
    case merge([Int64], into: Int64)
    /// Move the item showing the entries one place up (or down) in its section.
    case reorder([Int64], Section, up: Bool)

    /// Reads `action`, `entries`, `section`, `headline` and `summary` from the form.
    init(form: FormFields) throws(ServeError) {
        let ids = try Self.entryIDs(form["entries"])
        switch form["action"] {
        case "move", "keep", "pin", "promote":
            guard let key = form["section"], let section = Section(rawValue: key) else {
                throw .badForm("no section given (one of \(Section.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            self = .place(ids, section)
        case "drop": self = .drop(ids)
        case "undo": self = .undo(ids)
        case "split": self = .split(ids[0])
        case "merge":
            guard let target = form["with"].flatMap({ Int64($0) }) else { throw .badForm("no item to merge into") }
            self = .merge(ids, into: target)
        case "up", "down":
            guard let key = form["section"], let section = Section(rawValue: key) else {
                throw .badForm("no section given")
            }
            self = .reorder(ids, section, up: form["action"] == "up")
        case "text":
            self = .text(ids[0], headline: form["headline"] ?? "", summary: form["summary"] ?? "")
        case let other:
            throw .badForm("unknown action '\(other ?? "")'")
        }
    }

    private static func entryIDs(_ text: String?) throws(ServeError) -> [Int64] {
        let ids = (text ?? "").split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        guard !ids.isEmpty else { throw .badForm("no entry ids given") }
        return ids
    }

    /// The entries the action decides about.
    var entryIDs: [Int64] {
        switch self {
        case .place(let ids, _), .drop(let ids), .undo(let ids), .merge(let ids, _), .reorder(let ids, _, _): ids
        case .text(let id, _, _), .split(let id): [id]
        }
    }
}
