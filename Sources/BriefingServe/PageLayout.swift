import BriefingModel

/// The frame every page shares: title, navigation for the month, the stylesheet and the script.
enum PageLayout {
    static func page(title: String, month: Month?, body: String) -> String {
        let nav =
            month.map { month in
                """
                <a href="/month/\(month)">Issue \(month)</a><a href="/month/\(month)/candidates">Candidates</a>\
                <a href="/month/\(month)/draft">Draft</a><a href="/feeds?month=\(month)">Feeds</a>
                """
            } ?? "<a href=\"/\">Issue</a><a href=\"/feeds\">Feeds</a>"
        return """
            <!doctype html>
            <html lang="zh"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.text(title)) · briefing</title>
            <link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/app.css"></head>
            <body><nav>\(nav)</nav>
            \(body)
            <script src="/assets/app.js"></script>
            </body></html>
            """
    }

    /// A page saying one thing went wrong, in one line.
    static func error(_ message: String) -> String {
        page(title: "error", month: nil, body: "<h1>briefing serve</h1><p class=\"error\">\(HTML.text(message))</p>")
    }
}
