import Foundation

/// What one fetch produced. A failure is a value, never thrown: one bad feed never stops the others.
public enum FetchOutcome: Sendable, Hashable {
    /// A body to parse.
    case fetched(FetchedDocument)
    /// 304: the stored entries are current. `permanentRedirect` is set when every hop before the
    /// 304 was a 301/308.
    case notModified(permanentRedirect: String?)
    case failed(FetchFailure)

    /// The failure, if this outcome is one.
    public var failure: FetchFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }

    /// The document, if this outcome carries one.
    public var document: FetchedDocument? {
        if case .fetched(let document) = self { return document }
        return nil
    }
}
