import BriefingModel
import Foundation

/// The text SQLite keeps for an instant, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, exactly as GRDB writes
/// a `Date` (its DateFormatter rounds to the nearest millisecond), but without a DateFormatter:
/// storing an entry wrote three dates, and the formatter was a large part of its cost.
enum StoredDate {
    static func text(_ date: Date) -> String {
        // Halves round up (towards later), as ICU does also before 1970.
        let milliseconds = Int((date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down))
        let (days, dayMilliseconds) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (day, time) = dayMilliseconds < 0 ? (days - 1, dayMilliseconds + 86_400_000) : (days, dayMilliseconds)
        let civil = CivilDate.date(days: day)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(23)
        append(civil.year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(civil.month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(civil.day, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        append(time / 3_600_000, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(time / 60_000 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(time / 1000 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        append(time % 1000, digits: 3, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` in decimal, zero-padded to `digits` (years beyond 9999 keep all their digits).
    private static func append(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 1, value >= divisor * 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
