/// Zone names feeds write after an RFC 822 time. CST is US Central (RFC 822); one-letter
/// military zones are read as UTC, as RFC 2822 section 4.3 says they must be.
enum TimeZoneNames {
    static func offsetSeconds(_ lowercasedName: String) -> Int? {
        if lowercasedName.utf8.count == 1, let byte = lowercasedName.utf8.first, byte >= 0x61, byte <= 0x7A {
            return byte == UInt8(ascii: "j") ? nil : 0
        }
        return hours[lowercasedName].map { Int($0 * 3_600) }
    }

    private static let hours: [String: Double] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3, "nst": -3.5, "ndt": -2.5,
        "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3, "west": 1, "bst": 1,
        "msk": 3, "ist": 5.5, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8,
        "acst": 9.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
    ]
}
