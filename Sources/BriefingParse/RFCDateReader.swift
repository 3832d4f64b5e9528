/// Reads RFC 822/2822 dates and their real-world relatives by tokens: `Tue, 06 May 2025 10:00:00 GMT`,
/// `Tue May 06 2025 10:00:00 GMT+0800 (China Standard Time)`, `Tue May  6 10:00:00 2025`,
/// `May 6, 2025 10:00 AM`, `6 May 2025`. An unknown word means it is not a date, but for one
/// that starts with a month's three letters, as feedparser reads it.
struct RFCDateReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var fields = DateFields()
    private var month: Int?
    /// The numbers that are not part of the time: a date has exactly two (day and year).
    private var numbers: (first: Number, second: Number) = ((0, 0), (0, 0))
    private var numberCount = 0
    private var sawTime = false
    private var meridiem: UInt8?
    private var posixSign = false

    private typealias Number = (value: Int, digits: Int)

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func read() -> DateFields? {
        while index < bytes.count {
            let byte = bytes[index]
            if isASCIILetter(byte) {
                guard readWord() else { return nil }
            } else if isDigit(byte) {
                guard readNumberOrTime() else { return nil }
            } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && (sawTime || offsetAfterDate) {
                guard readOffset() else { return nil }
            } else if byte == UInt8(ascii: "(") {
                while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
                index += 1
            } else {
                index += 1
            }
        }
        return assemble()
    }

    /// `06 May 2025 +0000`: a signed number after the day and the year, with no time, is a zone
    /// (feedparser reads it so). Before the year the sign is a separator (`06-May-2025`).
    private var offsetAfterDate: Bool {
        numberCount == 2 && index + 1 < bytes.count && isDigit(bytes[index + 1])
    }

    private mutating func readWord() -> Bool {
        let start = index
        while index < bytes.count, isASCIILetter(bytes[index]) { index += 1 }
        let packed = PackedName(bytes[start..<index])
        if let packed, let value = MonthNames.month(packed) {
            month = value
            return true
        }
        if let packed, MonthNames.isWeekday(packed) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()
        if word == "am" || word == "pm" {
            meridiem = word.utf8.first
        } else if (word == "a" || word == "p") && skipDottedM() {
            // AP style, as US local news writes it: `1:30 p.m.` (else `p` would be a military zone).
            meridiem = word.utf8.first
        } else if word == "at" || word == "on" {
            return true
        } else if word == "etc", index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            // tz database names: `Etc/GMT` is GMT (feedparser strips the `Etc/`); in `Etc/GMT+5`
            // the sign is POSIX's, west of Greenwich, so the offset is -05:00.
            index += 1
            posixSign = true
        } else if let offset = TimeZoneNames.offsetSeconds(word) {
            fields.offsetSeconds = offset
        } else if month == nil, index - start > 3, let prefix = PackedName(bytes[start..<(start + 3)]),
            let value = MonthNames.month(prefix)
        {
            // feedparser reads a month by its first three letters: French `5 mars 2025`, Spanish
            // `5 marzo 2025`, German `5 Juni 2025` (not `Mai`, `Okt`…: no English prefix).
            month = value
        } else {
            return false
        }
        return true
    }

    /// Skips the `.m.` (or `.m`) after the `a`/`p` of `a.m.`/`p.m.`; false when it is not there.
    private mutating func skipDottedM() -> Bool {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), bytes[index + 1] | 0x20 == UInt8(ascii: "m")
        else { return false }
        index += 2
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        return true
    }

    private mutating func readNumberOrTime() -> Bool {
        let start = index
        let value = readDigits()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            switch numberCount {
            case 0: numbers.first = (value, index - start)
            case 1: numbers.second = (value, index - start)
            default: break
            }
            numberCount += 1
            return true
        }
        sawTime = true
        fields.hour = value
        index += 1
        fields.minute = readDigits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            fields.second = readDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            _ = readDigits()
        }
        return true
    }

    private mutating func readOffset() -> Bool {
        let negative = bytes[index] == UInt8(ascii: "-")
        index += 1
        let start = index
        var value = readDigits()
        let digits = index - start
        var minutes = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            minutes = readDigits()
        } else if digits > 2 {
            minutes = value % 100
            value /= 100
        }
        guard digits > 0, digits <= 4, value <= 14, minutes < 60 else { return false }
        let seconds = value * 3_600 + minutes * 60
        fields.offsetSeconds = negative != posixSign ? -seconds : seconds
        return true
    }

    private mutating func readDigits() -> Int {
        var value = 0
        while index < bytes.count, isDigit(bytes[index]), value < 100_000_000 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return value
    }

    private mutating func assemble() -> DateFields? {
        guard let month, numberCount == 2 else { return nil }
        let (day, year) =
            numbers.first.digits >= 3 || numbers.first.value > 31
            ? (numbers.second, numbers.first) : (numbers.first, numbers.second)
        fields.month = month
        fields.day = day.value
        fields.year = year.digits <= 2 ? (year.value < 50 ? 2000 + year.value : 1900 + year.value) : year.value
        if let meridiem {
            if meridiem == UInt8(ascii: "p"), fields.hour < 12 { fields.hour += 12 }
            if meridiem == UInt8(ascii: "a"), fields.hour == 12 { fields.hour = 0 }
        }
        return fields
    }
}
