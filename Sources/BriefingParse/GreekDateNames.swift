/// Greek month and weekday abbreviations, as Greek feeds write them in RFC 822 dates
/// (`Δευ, 01 Δεκ 2025 10:20:30 EET`), each with its English abbreviation for `RFCDateReader`.
/// feedparser's table, plus the modern `Μάρ` for March (its own has only `Μάώ`).
enum GreekDateNames {
    /// The English name for a Greek month or weekday abbreviation, or `word` unchanged.
    static func english(_ word: String) -> String {
        names[word.lowercased()] ?? word
    }

    private static let names: [String: String] = [
        "ιαν": "Jan", "φεβ": "Feb", "μάώ": "Mar", "μαώ": "Mar", "μάρ": "Mar", "μαρ": "Mar", "απρ": "Apr",
        "μάι": "May", "μαϊ": "May", "μαι": "May", "ιούν": "Jun", "ιον": "Jun", "ιούλ": "Jul", "ιολ": "Jul",
        "αύγ": "Aug", "αυγ": "Aug", "σεπ": "Sep", "οκτ": "Oct", "νοέ": "Nov", "νοε": "Nov", "δεκ": "Dec",
        "κυρ": "Sun", "δευ": "Mon", "τρι": "Tue", "τετ": "Wed", "πεμ": "Thu", "παρ": "Fri", "σαβ": "Sat",
    ]
}
