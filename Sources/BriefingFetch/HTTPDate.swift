import BriefingModel
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
        let days = CivilDate.days(year: year, month: month + 1, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + clock))
    }

    private static func parseClock(_ text: String) -> Int? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 3, parts[0] < 24, parts[1] < 60, parts[2] < 61 else { return nil }
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    }
}
