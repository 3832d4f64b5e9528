import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing label ENTRY SECTION|drop`: an editor's decision about one entry.
struct LabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Store an editor's decision: the section an entry belongs to, or drop.",
        discussion: """
            The label binds the entry: the next draft shows it in that section (or not at all, for drop), \
            whatever the rules and the model say. Sections: \(Section.allCases.map(\.rawValue).joined(separator: ", ")), \
            or drop. Undo with 'briefing unlabel LABEL-ID' (see 'briefing labels').
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The entry: its id (see 'briefing entries') or its link.")
    var entry: String

    @Argument(help: "A section key or drop.")
    var section: String

    func validate() throws {
        guard section == "drop" || Section(rawValue: section) != nil else {
            let allowed = Section.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("'\(section)' is not one of \(allowed), drop")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            let labelled = try await workspace.holdingRunLock(for: "label") {
                try LabelBook(workspace: workspace).label(entry, section: Section(rawValue: section))
            }
            if !options.quiet {
                for entry in labelled { print("\(entry.id) \(section): \(entry.title)") }
            }
        }
    }
}

/// `briefing labels [--month YYYY-MM] [--json]`: the editors' decisions, with who made them and when.
struct LabelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels",
        abstract: "List the editors' labels (from label, learn), oldest first; undone ones are marked."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only labels of entries of this month, YYYY-MM.")
    var month: MonthArgument?

    @Flag(help: "One JSON array.")
    var json = false

    func run() throws {
        try reportingErrorsSynchronously {
            let history = try LabelBook(workspace: try options.workspace()).history(month: month?.month)
            if json { return try printJSON(history.map(Self.object)) }
            for stored in history { print(Self.line(stored)) }
        }
    }

    private static func line(_ stored: StoredLabel) -> String {
        let label = stored.label
        let state = stored.undoneAt.map { "undone \($0.formatted(.iso8601))" } ?? "in force"
        return [
            "\(stored.id)", label.at.formatted(.iso8601), label.section?.rawValue ?? "drop", label.source,
            label.by ?? "-", state, "#\(label.entryID) \(stored.entryFeed): \(stored.entryTitle)",
        ].joined(separator: "\t")
    }

    private static func object(_ stored: StoredLabel) -> [String: Any] {
        [
            "id": stored.id, "entry": stored.label.entryID, "section": stored.label.section?.rawValue ?? "drop",
            "source": stored.label.source, "by": stored.label.by ?? NSNull(), "at": JSONDate.string(stored.label.at),
            "undone_at": JSONDate.string(stored.undoneAt), "title": stored.entryTitle, "feed": stored.entryFeed,
        ]
    }
}

/// `briefing unlabel LABEL-ID`: undo one label.
struct UnlabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlabel",
        abstract: "Undo a label (ids from 'briefing labels'); the entry's earlier label, if any, binds again."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The label id.")
    var label: Int64

    func run() async throws {
        try await reportingErrors {
            let workspace = try options.workspace()
            try await workspace.holdingRunLock(for: "unlabel") { try LabelBook(workspace: workspace).unlabel(label) }
            if !options.quiet { print("label \(label) undone") }
        }
    }
}
