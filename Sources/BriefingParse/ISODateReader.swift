/// Reads RFC 3339 / W3C-DTF / ISO 8601 dates: extended and basic, ordinal (`2025-126`) and
/// week (`2025-W19-2`) forms, `/` as a date separator, white space or `T` before the time.
struct ISODateReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func read() -> DateFields? {
        var fields = DateFields()
        guard let year = number(minDigits: 4, maxDigits: 4) else { return nil }
        fields.year = year
        guard readDate(into: &fields) else { return nil }
        guard readTime(into: &fields) else { return nil }
        guard readZone(into: &fields) else { return nil }
        return index == bytes.count ? fields : nil
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func readDate(into fields: inout DateFields) -> Bool {
        guard let separator = current else { return true }
        if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            index += 1
            if current == UInt8(ascii: "W") { return readWeek(into: &fields) }
            let start = index
            guard let value = number(minDigits: 1, maxDigits: 3) else { return false }
            if index - start == 3 { return fields.setOrdinal(value) }
            fields.month = value
            guard current == separator else { return true }
            index += 1
            guard let day = number(minDigits: 1, maxDigits: 2) else { return false }
            fields.day = day
            return true
        }
        guard isDigit(separator) else { return true }
        let run = digitRun()
        if run == 3, let ordinal = number(minDigits: 3, maxDigits: 3) { return fields.setOrdinal(ordinal) }
        guard run == 4, let month = number(minDigits: 2, maxDigits: 2), let day = number(minDigits: 2, maxDigits: 2)
        else { return false }
        fields.month = month
        fields.day = day
        return true
    }

    private mutating func readWeek(into fields: inout DateFields) -> Bool {
        index += 1
        guard let week = number(minDigits: 2, maxDigits: 2) else { return false }
        var weekday = 1
        if current == UInt8(ascii: "-") { index += 1 }
        if let value = number(minDigits: 1, maxDigits: 1) { weekday = value }
        return fields.setWeek(week, weekday: weekday)
    }

    private mutating func readTime(into fields: inout DateFields) -> Bool {
        guard let separator = current else { return true }
        let spaced = isXMLSpace(separator)
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || spaced else { return true }
        index += 1
        skipSpaces()
        // After a space a zone may follow the date alone (`2025-03-05 +0000`); readZone checks it.
        guard current.map(isDigit) == true else { return spaced }
        guard let hour = number(minDigits: 1, maxDigits: 2) else { return false }
        fields.hour = hour
        let extended = current == UInt8(ascii: ":")
        if extended { index += 1 }
        guard let minute = number(minDigits: 2, maxDigits: 2) else { return false }
        fields.minute = minute
        if extended ? current == UInt8(ascii: ":") : current.map(isDigit) == true {
            if extended { index += 1 }
            guard let second = number(minDigits: 2, maxDigits: 2) else { return false }
            fields.second = second
        }
        if current == UInt8(ascii: ".") || current == UInt8(ascii: ",") {
            index += 1
            index += digitRun()
        }
        return true
    }

    private mutating func readZone(into fields: inout DateFields) -> Bool {
        skipSpaces()
        guard let sign = current else { return true }
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            index += 1
            return true
        }
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            index += 1
            guard let offset = readOffset() else { return false }
            fields.offsetSeconds = sign == UInt8(ascii: "-") ? -offset : offset
            return true
        }
        let name = String(decoding: bytes[index...], as: UTF8.self)
        guard let offset = TimeZoneNames.offsetSeconds(name.lowercased()) else { return false }
        fields.offsetSeconds = offset
        index = bytes.count
        return true
    }

    /// `hh`, `hhmm` or `hh:mm` after the sign, in seconds.
    private mutating func readOffset() -> Int? {
        guard let hours = number(minDigits: 2, maxDigits: 2) else { return nil }
        if current == UInt8(ascii: ":") { index += 1 }
        let minutes = number(minDigits: 2, maxDigits: 2) ?? 0
        return hours * 3_600 + minutes * 60
    }

    private mutating func skipSpaces() {
        while let byte = current, isXMLSpace(byte) { index += 1 }
    }

    private func digitRun() -> Int {
        var end = index
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end - index
    }

    private mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, let byte = current, isDigit(byte) {
            value = value * 10 + Int(byte - 0x30)
            count += 1
            index += 1
        }
        return count >= minDigits ? value : nil
    }
}
