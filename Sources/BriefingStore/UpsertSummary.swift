/// What `Store.storeFetchedEntries` did with a batch of entries of one feed.
public struct UpsertSummary: Sendable, Hashable {
    /// Entries the store had not seen.
    public var inserted: Int
    /// Entries edited upstream (same key, changed fields), updated in place.
    public var updated: Int
    /// Entries stored before and unchanged.
    public var unchanged: Int
    /// Row ids of the inserted entries, in input order.
    public var insertedIDs: [Int64]
    /// Row ids of the updated entries, in input order. Their classification was cleared when a
    /// field the classifier reads changed (title, summary, content, url, author, categories).
    public var updatedIDs: [Int64]

    public init(inserted: Int, updated: Int, unchanged: Int, insertedIDs: [Int64], updatedIDs: [Int64] = []) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.insertedIDs = insertedIDs
        self.updatedIDs = updatedIDs
    }
}
