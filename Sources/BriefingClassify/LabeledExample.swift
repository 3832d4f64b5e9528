import BriefingModel

/// An input with the section an editor (or the shipped training file) gave it; `nil` means "drop".
public struct LabeledExample: Sendable, Hashable {
    public var input: ClassifierInput
    public var section: Section?
    /// Examples with the same group (one item of an issue) are left out together in cross-validation.
    public var group: String?
    /// True when the label was marked `borderline` (a second section is a reasonable reading).
    public var isBorderline: Bool

    public init(input: ClassifierInput, section: Section?, group: String? = nil, isBorderline: Bool = false) {
        self.input = input
        self.section = section
        self.group = group
        self.isBorderline = isBorderline
    }
}
