/// The excerpt the pages show of an entry's summary: one paragraph, at most 280 characters.
enum Excerpts {
    static let limit = 280

    static func short(_ summary: String) -> String {
        let flat = summary.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}
