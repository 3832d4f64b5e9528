import BriefingModel
import Foundation

/// A draft the composer wrote: where, for which month, the hash of what was written and which
/// entries it held, so the next run can tell whether an editor has changed the file since.
public struct DraftRecord: Sendable, Hashable {
    public var path: String
    public var month: Month
    public var hash: String
    public var entryIDs: [Int64]
    public var writtenAt: Date

    public init(path: String, month: Month, hash: String, entryIDs: [Int64], writtenAt: Date) {
        self.path = path
        self.month = month
        self.hash = hash
        self.entryIDs = entryIDs
        self.writtenAt = writtenAt
    }
}
