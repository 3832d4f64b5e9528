import BriefingModel
import Foundation

/// The last plan of each month, kept while what it was made from is unchanged. Planning groups
/// stories across the whole month (about 0.4 s for 5,000 entries here) while reading the store and
/// hashing what was read takes a few milliseconds, so paging and filtering reuse the plan, and a
/// new entry, a changed classification, a label or an arrangement makes it anew.
final class PlanCache: @unchecked Sendable {
    // Guards `plans`; requests run concurrently on Hummingbird's event loops.
    private let lock = NSLock()
    private var plans: [Month: (key: Int, plan: DraftPlan)] = [:]

    /// The cached plan of `month` when `key` matches, else `make()` (then cached).
    func plan(of month: Month, key: Int, make: () throws -> DraftPlan) rethrows -> DraftPlan {
        if let cached = lock.withLock({ plans[month] }), cached.key == key { return cached.plan }
        let plan = try make()
        lock.withLock { plans[month] = (key, plan) }
        return plan
    }
}
