/// What `DraftWriter.write` did with a draft file.
public enum DraftWriteOutcome: Sendable, Hashable {
    /// The file was absent or as last written, and now holds the new text (hash of the new bytes).
    case written(hash: String)
    /// The file already held exactly these bytes; nothing was written.
    case unchanged(hash: String)
    /// An editor changed the file since it was written: it was not touched. New candidates
    /// belong in `newCandidatesPath`; `hash` is that of the file on disk.
    case editedKept(newCandidatesPath: String?, hash: String)
}
