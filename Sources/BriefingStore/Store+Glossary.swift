import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Keeps `entries`, each replacing the text of the same name (case-insensitive) and kind.
    public func rememberGlossary(_ entries: [GlossaryEntry]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        try write("remembering the editors' text") { db in
            for entry in entries {
                try GlossaryRow(entry).save(db, onConflict: .replace)
            }
        }
    }

    /// Everything remembered, by name then kind.
    public func glossary() throws(StoreError) -> [GlossaryEntry] {
        try read("reading the glossary") { db in
            try GlossaryRow.order(Column("name").collating(.nocase), Column("kind")).fetchAll(db).compactMap(\.entry)
        }
    }

    /// Forgets what is remembered under `name` (case-insensitive), of `kind` or of every kind.
    /// - Returns: how many texts were forgotten.
    public func forgetGlossary(name: String, kind: GlossaryEntry.Kind? = nil) throws(StoreError) -> Int {
        try write("forgetting \(name) in the glossary") { db in
            var request = GlossaryRow.filter(Column("name").collating(.nocase) == name)
            if let kind { request = request.filter(Column("kind") == kind.rawValue) }
            return try request.deleteAll(db)
        }
    }
}
