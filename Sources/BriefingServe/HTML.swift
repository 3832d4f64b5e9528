import BriefingModel
import Foundation

/// Building blocks of the pages: every text from a feed or a person goes through `text` or
/// `attribute`, every link through `href`, so nothing a feed says becomes markup.
enum HTML {
    /// `text` escaped for element content.
    static func text(_ text: String) -> String {
        MarkupEscaping.escaped(text, quotes: false)
    }

    /// `text` escaped for a double-quoted attribute value.
    static func attribute(_ text: String) -> String {
        MarkupEscaping.escaped(text, quotes: true)
    }

    /// The escaped link when `url` is http or https; nil for `javascript:`, `data:` and the rest.
    static func href(_ url: String?) -> String? {
        guard let url, let parsed = URLComponents(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", parsed.host?.isEmpty == false
        else { return nil }
        return attribute(url)
    }

    /// A link to `url` reading `label`, or the label alone when the link is not http/https.
    static func link(_ label: String, to url: String?) -> String {
        guard let safe = href(url) else { return text(label) }
        return "<a href=\"\(safe)\" rel=\"noopener noreferrer\">\(text(label))</a>"
    }

    /// A POST form carrying the CSRF token and the page to come back to, around `fields`.
    static func form(action: String, csrf: String, back: String, fields: String, className: String = "act") -> String {
        """
        <form method="post" action="\(attribute(action))" class="\(className)">\
        <input type="hidden" name="csrf" value="\(attribute(csrf))">\
        <input type="hidden" name="back" value="\(attribute(back))">\(fields)</form>
        """
    }

    /// A hidden field.
    static func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(attribute(name))\" value=\"\(attribute(value))\">"
    }

    /// A submit button; `key` is the keyboard shortcut the script maps to it.
    static func button(_ label: String, name: String = "action", value: String, key: String? = nil) -> String {
        let shortcut = key.map { " data-key=\"\(attribute($0))\" title=\"key: \(attribute($0))\"" } ?? ""
        return "<button name=\"\(attribute(name))\" value=\"\(attribute(value))\"\(shortcut)>\(text(label))</button>"
    }

    /// A `<select>` of the six sections with `selected` chosen.
    static func sectionSelect(selected: Section?, name: String = "section", allowAny: Bool = false) -> String {
        var options = allowAny ? "<option value=\"\">any section</option>" : ""
        for section in Section.allCases {
            let mark = section == selected ? " selected" : ""
            options += "<option value=\"\(section.rawValue)\"\(mark)>\(text(section.heading))</option>"
        }
        return "<select name=\"\(attribute(name))\">\(options)</select>"
    }
}
