/// A small bar chart of entries per day of a month, as inline SVG drawn here (no charting library).
struct EntriesChart {
    /// Entries on day 1…`days` (index 0 is day 1).
    let perDay: [Int]

    static let barWidth = 4
    static let height = 24

    func svg() -> String {
        let top = max(1, perDay.max() ?? 0)
        let width = perDay.count * Self.barWidth
        var bars = ""
        for (index, count) in perDay.enumerated() where count > 0 {
            let barHeight = max(1, count * Self.height / top)
            bars +=
                "<rect x=\"\(index * Self.barWidth)\" y=\"\(Self.height - barHeight)\" width=\"\(Self.barWidth - 1)\" "
            bars += "height=\"\(barHeight)\"><title>day \(index + 1): \(count)</title></rect>"
        }
        let total = perDay.reduce(0, +)
        return """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(Self.height)" \
            viewBox="0 0 \(width) \(Self.height)" role="img" aria-label="\(total) entries this month">\(bars)</svg>
            """
    }
}
