import BriefingModel

/// A custom draft template that Mustache cannot read.
public struct DraftTemplateError: BriefingError, Equatable {
    /// The template file, when known.
    public let path: String?
    /// What the template engine said.
    public let reason: String

    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var exitStatus: ExitStatus { .invalidConfig }

    public var message: String {
        "draft template \(path ?? "(inline)") is not valid Mustache: \(reason); "
            + "fix the template or remove `template:` from feeds.yaml to use the built-in layout"
    }
}
