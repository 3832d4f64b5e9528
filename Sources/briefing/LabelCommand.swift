import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `briefing label ENTRY-ID SECTION|drop`: an editor's decision about one entry.
struct LabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Store an editor's decision: the section an entry belongs to, or drop.",
        discussion: "Sections: \(Section.allCases.map(\.rawValue).joined(separator: ", ")), or drop."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The entry id (see 'briefing entries').")
    var entryID: Int64

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
            guard let entry = try workspace.store.entry(id: entryID) else { throw PipelineError.unknownEntry(entryID) }
            let label = Label(entryID: entry.id, section: Section(rawValue: section), source: "label", at: Date())
            try workspace.store.addLabel(label)
            if !options.quiet { print("\(entry.id) \(section): \(entry.title)") }
        }
    }
}
