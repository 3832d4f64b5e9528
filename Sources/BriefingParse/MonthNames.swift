/// English month and weekday names, full or abbreviated, lowercased.
enum MonthNames {
    /// The month (1–12) a lowercased packed word names.
    static func month(_ word: PackedName) -> Int? {
        packedMonths[word]
    }

    static func isWeekday(_ word: PackedName) -> Bool { packedWeekdays.contains(word) }

    private static let packedMonths = PackedNameTable(months)

    private static let packedWeekdays = PackedNameSet(weekdays)

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    private static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
