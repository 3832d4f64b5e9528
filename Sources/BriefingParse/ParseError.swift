import BriefingModel

/// Why a document could not be read as a feed at all (empty, or neither XML nor JSON).
public struct ParseError: BriefingError, Equatable {
    /// What kind of input was refused.
    public enum Reason: Sendable, Equatable {
        case empty
        case notXMLOrJSON
    }

    public let reason: Reason

    public var exitStatus: ExitStatus { .failure }

    public var message: String {
        switch reason {
        case .empty:
            return "the document is empty; check that the file or URL really serves a feed"
        case .notXMLOrJSON:
            return "the document is neither XML nor JSON; check that the file or URL really serves a feed"
        }
    }
}
