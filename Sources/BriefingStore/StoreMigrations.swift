import GRDB

/// The store's schema history. Append-only: a shipped migration is never edited; a change to the
/// schema is a new named migration at the end.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-feeds-entries", migrate: createFeedsAndEntries)
        migrator.registerMigration("v2-labels-drafts", migrate: createLabelsAndDrafts)
        migrator.registerMigration("v3-label-provenance", migrate: addLabelProvenance)
        migrator.registerMigration("v4-feed-notice", migrate: addFeedNotice)
        migrator.registerMigration("v5-drop-published-index", migrate: dropPublishedIndex)
        migrator.registerMigration("v6-glossary-assist", migrate: createGlossaryAndAssistCache)
        migrator.registerMigration("v7-serve-workbench", migrate: createServeWorkbench)
        migrator.registerMigration("v8-feed-date-index", migrate: indexDatesByFeed)
        return migrator
    }

    private static func createFeedsAndEntries(_ db: Database) throws {
        try db.create(table: "feeds") { table in
            table.primaryKey("name", .text)
            table.column("url", .text).notNull()
            // Order in feeds.yaml; NULL once the feed is no longer configured (its entries stay).
            table.column("position", .integer)
            table.column("enabled", .boolean).notNull().defaults(to: true)
            table.column("effective_url", .text)
            table.column("etag", .text)
            table.column("last_modified", .text)
            table.column("body_hash", .text)
            table.column("last_status", .integer)
            table.column("last_error", .text)
            table.column("error_count", .integer).notNull().defaults(to: 0)
            table.column("last_attempt", .datetime)
            table.column("last_success", .datetime)
            table.column("next_fetch_at", .datetime)
            table.column("gone", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "entries") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("feed", .text).notNull().references("feeds", onDelete: .restrict)
            table.column("key", .text).notNull()
            table.column("url", .text)
            table.column("normalized_url", .text)
            table.column("title", .text).notNull()
            table.column("author", .text)
            table.column("published", .datetime)
            table.column("updated", .datetime)
            table.column("first_seen", .datetime).notNull()
            table.column("summary", .text).notNull().defaults(to: "")
            table.column("content", .text)
            table.column("categories", .text).notNull().defaults(to: "[]")
            table.column("section", .text)
            table.column("confidence", .double)
            table.column("why", .text)
            table.column("is_candidate", .boolean)
            table.column("score", .double)
            table.uniqueKey(["feed", "key"])
        }
        try db.create(index: "entries_normalized_url", on: "entries", columns: ["normalized_url"])
        try db.create(index: "entries_published", on: "entries", columns: ["published"])
        // Month windows and the listing order use `Entry.date`; index that very expression.
        try db.execute(sql: "CREATE INDEX entries_date ON entries(\(EntryRow.dateSQL), id)")
    }

    /// No query reads `published` alone (windows and order use `entries_date`), so the index only
    /// cost every insert a B-tree update.
    private static func dropPublishedIndex(_ db: Database) throws {
        try db.drop(index: "entries_published")
    }

    private static func createLabelsAndDrafts(_ db: Database) throws {
        try db.create(table: "labels") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("entry_id", .integer).notNull().indexed().references("entries", onDelete: .restrict)
            // NULL means the editor dropped the entry.
            table.column("section", .text)
            table.column("source", .text).notNull()
            table.column("at", .datetime).notNull()
        }
        try db.create(table: "drafts") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("path", .text).notNull().indexed()
            table.column("month", .text).notNull()
            table.column("hash", .text).notNull()
            table.column("entry_ids", .text).notNull()
            table.column("written_at", .datetime).notNull()
        }
    }

    /// Who made a label, and when it was undone: a label is never deleted, so an undo can be
    /// listed and the earlier decision of the entry comes back into force.
    private static func addLabelProvenance(_ db: Database) throws {
        try db.alter(table: "labels") { table in
            table.add(column: "by", .text)
            table.add(column: "undone_at", .datetime)
        }
        try db.create(index: "labels_source", on: "labels", columns: ["source"])
    }

    /// A feed whose document gave entries but was cut off or ill-formed says so.
    private static func addFeedNotice(_ db: Database) throws {
        try db.alter(table: "feeds") { table in
            table.add(column: "notice", .text)
        }
    }

    /// The editors' own text per project, and the machine drafts already paid for.
    private static func createGlossaryAndAssistCache(_ db: Database) throws {
        try db.create(table: "glossary") { table in
            table.column("name", .text).notNull().collate(.nocase)
            table.column("kind", .text).notNull()
            table.column("heading", .text).notNull()
            table.column("lines", .text).notNull()
            table.column("month", .text).notNull()
            table.column("updated_at", .datetime).notNull()
            table.primaryKey(["name", "kind"])
        }
        // One answer per (entry content hash, prompt version, model): each item is paid for once.
        try db.create(table: "assist_cache") { table in
            table.column("content_hash", .text).notNull()
            table.column("prompt_version", .integer).notNull()
            table.column("model", .text).notNull()
            table.column("headline", .text).notNull()
            table.column("summary", .text).notNull()
            table.column("highlights", .text).notNull()
            table.column("tokens", .integer).notNull()
            table.column("created_at", .datetime).notNull()
            table.primaryKey(["content_hash", "prompt_version", "model"])
        }
    }

    /// What the editors write and arrange in `briefing serve`: the Chinese headline and summary
    /// per item, entries split out of or merged into items, and the order of items in a section.
    private static func createServeWorkbench(_ db: Database) throws {
        try db.create(table: "serve_item_text") { table in
            table.primaryKey("entry_id", .integer).references("entries", onDelete: .cascade)
            table.column("headline", .text).notNull().defaults(to: "")
            table.column("summary", .text).notNull().defaults(to: "")
            table.column("at", .datetime).notNull()
        }
        try db.create(table: "serve_item_grouping") { table in
            table.primaryKey("entry_id", .integer).references("entries", onDelete: .cascade)
            // NULL: the entry is an item of its own; else it joins the item showing this entry.
            table.column("with_entry_id", .integer)
            table.column("at", .datetime).notNull()
        }
        try db.create(table: "serve_item_position") { table in
            table.primaryKey("entry_id", .integer).references("entries", onDelete: .cascade)
            table.column("position", .integer).notNull()
            table.column("at", .datetime).notNull()
        }
    }

    /// `entries_date` ordered every entry of the store by date, so a first fetch of a feed, whose
    /// entries span months, dirtied a page of that index for nearly every entry, and each commit
    /// wrote those pages whole to the WAL: about 2.5 KB per new entry, 30 % of what storing it
    /// wrote. Indexed by feed first, a fetch's entries share a few pages; a month window reads
    /// it per feed (`feed IN (SELECT name FROM feeds)`) and sorts the month's rows.
    private static func indexDatesByFeed(_ db: Database) throws {
        try db.drop(index: "entries_date")
        try db.execute(sql: "CREATE INDEX entries_feed_date ON entries(feed, \(EntryRow.dateSQL))")
    }
}
