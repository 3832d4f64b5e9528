import BriefingModel

/// One line of a labeled JSONL file: a `ClassifierInput` plus `section` (a section key or `drop`) and an
/// optional `group`.
struct LabeledLine: Decodable {
    var input: ClassifierInput
    var section: String
    var group: String?
    /// `clear` or `borderline` (GUIDE.md's confidence values); absent in editors' and older files.
    var confidence: String?

    enum CodingKeys: String, CodingKey {
        case section, group, confidence
    }

    init(from decoder: any Decoder) throws {
        input = try ClassifierInput(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        section = try container.decode(String.self, forKey: .section)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        confidence = try container.decodeIfPresent(String.self, forKey: .confidence)
    }
}
