import BriefingModel

/// Escaping for XML text and attribute values.
enum XMLText {
    static func escape(_ text: String) -> String { MarkupEscaping.escaped(text, lineBreaks: true) }
}
