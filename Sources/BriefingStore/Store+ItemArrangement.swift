import BriefingModel
import Foundation
import GRDB

extension Store {
    /// Records where `entryID` goes: an item of its own, or the item showing another entry.
    public func saveGrouping(of entryID: Int64, _ grouping: ItemArrangement.Grouping, at: Date) throws(StoreError) {
        let with: Int64? =
            switch grouping {
            case .alone: nil
            case .with(let other): other
            }
        try write("saving how entry \(entryID) is grouped") { db in
            try db.execute(
                sql: """
                    INSERT INTO serve_item_grouping (entry_id, with_entry_id, at) VALUES (?, ?, ?)
                    ON CONFLICT(entry_id) DO UPDATE SET with_entry_id = excluded.with_entry_id, at = excluded.at
                    """,
                arguments: [entryID, with, at])
        }
    }

    /// Forgets how the entries were grouped by hand: the planner groups them again.
    public func removeGroupings(of entryIDs: [Int64]) throws(StoreError) {
        try write("removing the grouping of \(entryIDs.count) entries") { db in
            for id in entryIDs {
                try db.execute(sql: "DELETE FROM serve_item_grouping WHERE entry_id = ?", arguments: [id])
            }
        }
    }

    /// Sets the places of items in their section, by an entry id of each (replacing earlier ones).
    public func savePositions(_ positions: [Int64: Int], at: Date) throws(StoreError) {
        try write("saving the order of \(positions.count) items") { db in
            for (id, position) in positions {
                try db.execute(
                    sql: """
                        INSERT INTO serve_item_position (entry_id, position, at) VALUES (?, ?, ?)
                        ON CONFLICT(entry_id) DO UPDATE SET position = excluded.position, at = excluded.at
                        """,
                    arguments: [id, position, at])
            }
        }
    }

    /// Forgets the places of the items of these entries: the planner's order comes back.
    public func removePositions(of entryIDs: [Int64]) throws(StoreError) {
        try write("removing the order of \(entryIDs.count) items") { db in
            for id in entryIDs {
                try db.execute(sql: "DELETE FROM serve_item_position WHERE entry_id = ?", arguments: [id])
            }
        }
    }

    /// Every split, merge and order the editors recorded.
    public func itemArrangement() throws(StoreError) -> ItemArrangement {
        try read("reading how the items are arranged") { db in
            var arrangement = ItemArrangement()
            for row in try Row.fetchAll(db, sql: "SELECT entry_id, with_entry_id FROM serve_item_grouping") {
                let with: Int64? = row["with_entry_id"]
                arrangement.groupings[row["entry_id"]] = with.map { .with($0) } ?? .alone
            }
            for row in try Row.fetchAll(db, sql: "SELECT entry_id, position FROM serve_item_position") {
                arrangement.positions[row["entry_id"]] = row["position"]
            }
            return arrangement
        }
    }
}
