import BriefingModel

/// An input with the section an editor (or the shipped training file) gave it; `nil` means "drop".
public struct LabeledExample: Sendable, Hashable {
    public var input: ClassifierInput
    public var section: Section?
    /// Examples with the same group (one item of an issue) are left out together in cross-validation.
    public var group: String?

    public init(input: ClassifierInput, section: Section?, group: String? = nil) {
        self.input = input
        self.section = section
        self.group = group
    }
}
