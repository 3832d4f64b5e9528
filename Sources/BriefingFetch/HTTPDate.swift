import Foundation

/// Parses the three date forms HTTP allows (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime.
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The instant `text` names (always GMT), or nil when it is not an HTTP date.
    static func parse(_ text: String) -> Date? {
        let tokens = text.lowercased().split(whereSeparator: { " ,-".contains($0) }).map(String.init)
        guard let month = tokens.lazy.compactMap({ months.firstIndex(of: String($0.prefix(3))) }).first,
            let time = tokens.first(where: { $0.contains(":") }),
            let clock = parseClock(time)
        else { return nil }
        let numbers = tokens.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }.compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        let (day, rawYear) = numbers[0] <= 31 && numbers[1] > 31 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
        // RFC 850 two-digit years: RFC 9110 says a year more than 50 years ahead is in the past century.
        let year = rawYear < 100 ? (rawYear < 70 ? 2000 + rawYear : 1900 + rawYear) : rawYear
        guard (1...31).contains(day) else { return nil }
        let days = daysFromCivil(year: year, month: month + 1, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + clock))
    }

    private static func parseClock(_ text: String) -> Int? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 3, parts[0] < 24, parts[1] < 60, parts[2] < 61 else { return nil }
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the well-known era-based conversion).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
