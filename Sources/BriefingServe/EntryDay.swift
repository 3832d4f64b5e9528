import Foundation

/// `YYYY-MM-DD` of an instant in the draft's time zone, as the draft prints dates.
enum EntryDay {
    static func text(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The day of the month (1…31) of `date` in `timeZone`.
    static func dayOfMonth(_ date: Date, in timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.day, from: date)
    }
}
