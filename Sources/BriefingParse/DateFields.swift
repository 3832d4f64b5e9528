import BriefingModel
import Foundation

/// A calendar date and time with a UTC offset, checked and turned into an instant.
struct DateFields {
    var year = 0
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var offsetSeconds = 0

    /// The instant, or nil when a field is out of range.
    var date: Date? {
        guard year >= 1, month >= 1, month <= 12, day >= 1, day <= DateFields.daysIn(month, year),
            hour >= 0, hour <= 24, minute >= 0, minute <= 59, second >= 0, second <= 60
        else { return nil }
        let days = CivilDate.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Sets month and day from a day of the year (ISO ordinal date).
    mutating func setOrdinal(_ ordinal: Int) -> Bool {
        guard ordinal >= 1, ordinal <= (DateFields.isLeap(year) ? 366 : 365) else { return false }
        var remaining = ordinal
        month = 1
        while remaining > DateFields.daysIn(month, year) {
            remaining -= DateFields.daysIn(month, year)
            month += 1
        }
        day = remaining
        return true
    }

    /// Sets month and day from an ISO week and weekday (1 = Monday).
    mutating func setWeek(_ week: Int, weekday: Int) -> Bool {
        guard week >= 1, week <= 53, weekday >= 1, weekday <= 7 else { return false }
        let january4 = CivilDate.days(year: year, month: 1, day: 4)
        let january4Weekday = ((january4 + 3) % 7 + 7) % 7 + 1
        let mondayOfWeek1 = january4 - (january4Weekday - 1)
        let target = mondayOfWeek1 + (week - 1) * 7 + weekday - 1
        let ordinal = target - CivilDate.days(year: year, month: 1, day: 1) + 1
        if ordinal < 1 || ordinal > (DateFields.isLeap(year) ? 366 : 365) { return false }
        return setOrdinal(ordinal)
    }
}
