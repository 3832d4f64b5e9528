import Foundation

/// Time zones are IANA names (`Asia/Shanghai`, `UTC`) only. Foundation also accepts abbreviations
/// and offsets, which mean something else than a team writing them means: `CST` is US Central to
/// Foundation and China Standard Time to a Chinese team (the May window moves by 14 hours).
enum TimeZoneName {
    /// Abbreviations people write, with the zones they are likely to mean.
    private static let abbreviations: [String: String] = [
        "CST": "'CST' is ambiguous; for China Standard Time write Asia/Shanghai (US Central is America/Chicago)",
        "CCT": "'CCT' is ambiguous; for China Coast Time write Asia/Shanghai",
        "BJT": "'BJT' is an abbreviation; for Beijing time write Asia/Shanghai",
        "HKT": "'HKT' is an abbreviation; for Hong Kong time write Asia/Hong_Kong",
        "JST": "'JST' is an abbreviation; for Japan Standard Time write Asia/Tokyo",
        "KST": "'KST' is an abbreviation; for Korea Standard Time write Asia/Seoul",
        "SGT": "'SGT' is an abbreviation; for Singapore time write Asia/Singapore",
        "IST": "'IST' is ambiguous; for India write Asia/Kolkata (Ireland: Europe/Dublin, Israel: Asia/Jerusalem)",
        "EST": "'EST' is an abbreviation; for US Eastern time write America/New_York",
        "EDT": "'EDT' is an abbreviation; for US Eastern time write America/New_York",
        "CDT": "'CDT' is an abbreviation; for US Central time write America/Chicago",
        "MST": "'MST' is an abbreviation; for US Mountain time write America/Denver (Arizona: America/Phoenix)",
        "PST": "'PST' is an abbreviation; for US Pacific time write America/Los_Angeles",
        "PDT": "'PDT' is an abbreviation; for US Pacific time write America/Los_Angeles",
        "CET": "'CET' is an abbreviation; write the city's zone, e.g. Europe/Berlin or Europe/Paris",
        "CEST": "'CEST' is an abbreviation; write the city's zone, e.g. Europe/Berlin or Europe/Paris",
        "BST": "'BST' is ambiguous; for British Summer Time write Europe/London",
    ]

    /// Names that are IANA zones in their own right and mean what they say.
    private static let plainNames: Set<String> = ["UTC", "GMT"]

    /// True for an IANA zone name (as tzdata lists them), never an abbreviation Foundation maps.
    static func isIANA(_ name: String) -> Bool {
        plainNames.contains(name) || (abbreviations[name.uppercased()] == nil && known.contains(name))
    }

    private static let known = Set(TimeZone.knownTimeZoneIdentifiers)

    /// Why `name` is not accepted when it is an abbreviation or an offset, with the zone it likely
    /// means; nil otherwise.
    static func problem(with name: String) -> String? {
        if plainNames.contains(name) { return nil }
        if let known = abbreviations[name.uppercased()] { return known }
        return offsetProblem(name)
    }

    /// `UTC+8`, `GMT+08:00`, `+0800`: say which zone to write instead.
    private static func offsetProblem(_ name: String) -> String? {
        let upper = name.uppercased()
        let rest = ["UTC", "GMT", ""].lazy.compactMap { prefix -> Substring? in
            upper.hasPrefix(prefix) ? upper.dropFirst(prefix.count) : nil
        }.first { $0.first == "+" || $0.first == "-" }
        guard let rest, let sign = rest.first else { return nil }
        let digits = rest.dropFirst().prefix { $0.isNumber }
        guard let value = Int(digits.prefix(digits.count > 2 ? digits.count - 2 : digits.count)) else { return nil }
        let china = sign == "+" && value == 8 ? "for China time write Asia/Shanghai; " : ""
        let etc = "Etc/GMT\(sign == "+" ? "-" : "+")\(value)"
        return
            "'\(name)' is an offset, not a time zone; \(china)otherwise write the city's IANA zone (or \(etc), whose sign is inverted)"
    }
}
