import BriefingModel
import BriefingPipeline

/// The Markdown the workbench would write, the button that writes it, and what the last write did.
struct DraftPage {
    let month: Month
    let markdown: String
    let path: String
    let csrf: String
    /// What the button did, when the page answers it.
    var outcome: String?
    /// True when the draft was edited by hand: the page then offers to learn it first.
    var offerLearn = false

    func render() -> String {
        var body = "<h1>Draft \(month)</h1>"
        if let outcome { body += "<p class=\"notice\" id=\"outcome\">\(HTML.text(outcome))</p>" }
        let back = "/month/\(month)/draft"
        body += HTML.form(
            action: "/month/\(month)/draft", csrf: csrf, back: back,
            fields: "<button id=\"write-draft\">Write \(HTML.text(path))</button>")
        if offerLearn {
            body += HTML.form(
                action: "/month/\(month)/learn", csrf: csrf, back: back,
                fields: "<button id=\"learn-draft\">Learn the edited draft first</button>")
        }
        body += "<pre class=\"draft\" id=\"markdown\">\(HTML.text(markdown))</pre>"
        return PageLayout.page(title: "Draft \(month)", month: month, body: body)
    }

    /// One line saying what writing the draft did.
    static func outcome(of report: ComposeReport) -> (text: String, offerLearn: Bool) {
        switch report.outcome {
        case .written: ("wrote \(report.path) (\(report.items) items)", false)
        case .unchanged: ("\(report.path) already says exactly this (\(report.items) items); nothing written", false)
        case .editedKept(let newPath):
            (
                "\(report.path) was edited by hand, so it was left alone"
                    + (newPath.map { "; the new candidates went to \($0)" } ?? "; nothing is new since")
                    + ". Learn the editors' changes, then write again.", true
            )
        case .notWritten: ("nothing written", false)
        }
    }
}
