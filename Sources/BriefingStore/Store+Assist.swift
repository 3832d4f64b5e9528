import BriefingModel
import Foundation
import GRDB

extension Store {
    /// The machine draft already paid for: the same entry content, prompt version and model.
    public func cachedMachineDraft(contentHash: String, promptVersion: Int, model: String) throws(StoreError)
        -> MachineDraft?
    {
        try read("reading the machine drafts") { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT headline, summary, highlights FROM assist_cache
                    WHERE content_hash = ? AND prompt_version = ? AND model = ?
                    """, arguments: [contentHash, promptVersion, model])
            guard let row else { return nil }
            let highlights = try JSONDecoder().decode([String].self, from: Data((row["highlights"] as String).utf8))
            return MachineDraft(headline: row["headline"], summary: row["summary"], highlights: highlights)
        }
    }

    /// Keeps `draft` with the tokens it cost, so the item is never paid for again.
    public func cacheMachineDraft(
        _ draft: MachineDraft, contentHash: String, promptVersion: Int, model: String, tokens: Int, at: Date
    ) throws(StoreError) {
        try write("keeping a machine draft") { db in
            let highlights = String(decoding: try JSONEncoder().encode(draft.highlights), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO assist_cache
                    (content_hash, prompt_version, model, headline, summary, highlights, tokens, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [contentHash, promptVersion, model, draft.headline, draft.summary, highlights, tokens, at])
        }
    }

    /// Tokens billed for machine drafts from `start` on (the month's spending against the budget).
    public func assistTokens(since start: Date) throws(StoreError) -> Int {
        try read("adding up the machine drafts' tokens") { db in
            try Int.fetchOne(
                db, sql: "SELECT COALESCE(SUM(tokens), 0) FROM assist_cache WHERE created_at >= ?", arguments: [start])
                ?? 0
        }
    }
}
