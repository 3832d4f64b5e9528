import BriefingModel
import GRDB

extension Store {
    /// Makes the `feeds` table follow feeds.yaml: adds new feeds, records order and `enabled`,
    /// and resets the health (validators, redirects, errors, back-off, `gone`) of a feed whose URL
    /// changed. Feeds no longer configured keep their row and entries but are no longer listed.
    public func syncFeeds(_ sources: [FeedSource]) throws(StoreError) {
        try write("updating the feed list") { db in
            try db.execute(sql: "UPDATE feeds SET position = NULL")
            for (position, source) in sources.enumerated() {
                var row =
                    try FeedRow.fetchOne(db, key: source.name)
                    ?? FeedRow(name: source.name, health: .init(url: source.url))
                if row.url != source.url { row.apply(FeedHealth(url: source.url)) }
                row.position = position
                row.enabled = source.enabled
                try row.save(db)
            }
        }
    }

    /// The health saved for the feed named `name`; nil when the store has never seen it.
    public func health(forFeed name: String) throws(StoreError) -> FeedHealth? {
        try read("reading the health of \(name)") { db in
            try FeedRow.fetchOne(db, key: name)?.health
        }
    }

    /// Saves the health of a feed after a fetch that stored no entries (a 304, an error).
    /// A fetch that has entries saves its health with `storeFetchedEntries`, in the same transaction.
    public func saveHealth(_ health: FeedHealth, forFeed name: String) throws(StoreError) {
        try write("saving the health of \(name)") { db in
            try Self.saveHealth(health, forFeed: name, in: db)
        }
    }

    static func saveHealth(_ health: FeedHealth, forFeed name: String, in db: Database) throws {
        try FeedHealthStatement.save(health, forFeed: name, in: db)
    }
}
