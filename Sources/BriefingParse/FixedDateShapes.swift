import Foundation

/// The two shapes nearly every feed writes, read at fixed positions before the general readers:
/// `Tue, 06 May 2025 10:00:00 +0800` (or `GMT`) and `2025-05-06T10:00:00Z` (or `+08:00`).
/// nil sends the text on to `RFCDateReader` / `ISODateReader`, which read every shape.
enum FixedDateShapes {
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        switch bytes.count {
        case 29, 31: rfc822(bytes)
        case 20, 25: iso8601(bytes)
        default: nil
        }
    }

    /// `Ddd, DD Mmm YYYY HH:MM:SS +HHMM` (31 bytes) or `… GMT` (29 bytes).
    private static func rfc822(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes[3] == UInt8(ascii: ","), bytes[4] == 0x20, bytes[7] == 0x20, bytes[11] == 0x20,
            bytes[16] == 0x20, bytes[19] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"), bytes[25] == 0x20,
            let weekday = PackedName(UnsafeBufferPointer(rebasing: bytes[0..<3])), MonthNames.isWeekday(weekday),
            let monthName = PackedName(UnsafeBufferPointer(rebasing: bytes[8..<11])),
            let month = MonthNames.month(monthName),
            let day = number(bytes, 5, 2), let year = number(bytes, 12, 4), let hour = number(bytes, 17, 2),
            let minute = number(bytes, 20, 2), let second = number(bytes, 23, 2)
        else { return nil }
        var fields = DateFields(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        if bytes.count == 29 {
            guard bytes[26] == UInt8(ascii: "G"), bytes[27] == UInt8(ascii: "M"), bytes[28] == UInt8(ascii: "T")
            else { return nil }
        } else {
            guard let offset = offsetSeconds(bytes, sign: 26, hours: 27, minutes: 29) else { return nil }
            fields.offsetSeconds = offset
        }
        return fields.date
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (20 bytes) or `…+HH:MM` (25 bytes).
    private static func iso8601(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2)
        else { return nil }
        var fields = DateFields(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard bytes[22] == UInt8(ascii: ":"), let offset = offsetSeconds(bytes, sign: 19, hours: 20, minutes: 23)
            else { return nil }
            fields.offsetSeconds = offset
        }
        return fields.date
    }

    /// `+HH` and `MM` at the given positions, within what `RFCDateReader` accepts (±14:59).
    private static func offsetSeconds(_ bytes: UnsafeBufferPointer<UInt8>, sign: Int, hours: Int, minutes: Int)
        -> Int?
    {
        let negative = bytes[sign] == UInt8(ascii: "-")
        guard negative || bytes[sign] == UInt8(ascii: "+"), let hour = number(bytes, hours, 2),
            let minute = number(bytes, minutes, 2), hour <= 14, minute < 60
        else { return nil }
        let seconds = hour * 3_600 + minute * 60
        return negative ? -seconds : seconds
    }

    /// The decimal number of exactly `length` digits at `start`.
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<(start + length) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
