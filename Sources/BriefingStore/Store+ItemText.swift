import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Saves the editors' text of an item, replacing what its entry had; an empty text removes it.
    public func saveItemText(_ text: ItemText) throws(StoreError) {
        try write("saving the headline and summary of entry \(text.entryID)") { db in
            if text.isEmpty {
                try db.execute(sql: "DELETE FROM serve_item_text WHERE entry_id = ?", arguments: [text.entryID])
                return
            }
            try db.execute(
                sql: """
                    INSERT INTO serve_item_text (entry_id, headline, summary, at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(entry_id) DO UPDATE SET headline = excluded.headline,
                        summary = excluded.summary, at = excluded.at
                    """,
                arguments: [text.entryID, text.headline, text.summary, text.at])
        }
    }

    /// Every item text written, by entry id.
    public func itemTexts() throws(StoreError) -> [Int64: ItemText] {
        try read("reading the items' headlines and summaries") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT entry_id, headline, summary, at FROM serve_item_text")
            var texts: [Int64: ItemText] = [:]
            for row in rows {
                let text = ItemText(
                    entryID: row["entry_id"], headline: row["headline"], summary: row["summary"], at: row["at"])
                texts[text.entryID] = text
            }
            return texts
        }
    }
}
