import BriefingModel
import Foundation

/// Writes drafts without ever clobbering an editor's work: a file is replaced (atomically)
/// only when it is absent or still holds the bytes last written.
public enum DraftWriter {
    /// Writes `text` to `path` if the file is absent or its hash is `previousHash`.
    /// - Returns: `.written` (new bytes, with their hash to record), `.unchanged` (same bytes
    ///   already there) or `.editedKept` (the file differs from `previousHash`: left untouched).
    public static func write(_ text: String, to path: String, previousHash: String?) throws(DraftError)
        -> DraftWriteOutcome
    {
        let bytes = Data(text.utf8)
        let newHash = ContentHash.hex(bytes)
        guard let current = try existing(path) else {
            try replace(bytes, at: path)
            return .written(hash: newHash)
        }
        if current == bytes { return .unchanged(hash: newHash) }
        let currentHash = ContentHash.hex(current)
        guard currentHash == previousHash else {
            return .editedKept(newCandidatesPath: newCandidatesPath(for: path), hash: currentHash)
        }
        try replace(bytes, at: path)
        return .written(hash: newHash)
    }

    /// Writes `text` to `path` whatever is there (for `YYYY-MM.new.md`, which editors do not edit).
    /// - Returns: the hash of the bytes written.
    @discardableResult
    public static func overwrite(_ text: String, to path: String) throws(DraftError) -> String {
        let bytes = Data(text.utf8)
        try replace(bytes, at: path)
        return ContentHash.hex(bytes)
    }

    /// The hash `write` records for `text`.
    public static func hash(_ text: String) -> String { ContentHash.hex(text.utf8) }

    /// `drafts/2025-05.md` → `drafts/2025-05.new.md`.
    public static func newCandidatesPath(for path: String) -> String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) + ".new.md" : path + ".new.md"
    }

    /// The plan without the items (and more candidates) any of whose links appear in `editedText`.
    public static func newCandidates(_ plan: DraftPlan, notLinkedIn editedText: String) -> DraftPlan {
        let linked = Set(LinkScanner.links(in: editedText).map(SafeLink.comparable))
        let isNew: (DraftItem) -> Bool = { item in
            !item.entries.contains { entry in
                [entry.url, entry.normalizedURL].contains { url in
                    guard let safe = SafeLink.http(url) else { return false }
                    return linked.contains(SafeLink.comparable(safe))
                }
            }
        }
        return DraftPlan(
            month: plan.month, items: plan.items.mapValues { $0.filter(isNew) },
            moreCandidates: plan.moreCandidates.mapValues { $0.filter(isNew) })
    }

    /// The file's bytes, nil when it does not exist.
    private static func existing(_ path: String) throws(DraftError) -> Data? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard !isFolder.boolValue else { throw DraftError(path: path, reason: "it is a folder") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DraftError(path: path, reason: "cannot read it (\(error.localizedDescription))")
        }
    }

    /// Writes a temporary file in the same folder, flushes it, then renames it over `path`, so a
    /// reader sees the old or the new draft, never a partial one.
    private static func replace(_ bytes: Data, at path: String) throws(DraftError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw DraftError(path: path, reason: "\(folder.path) is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw DraftError(path: path, reason: "cannot create \(temporary.path)")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
        } catch let error as DraftError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw DraftError(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw DraftError(path: path, reason: reason)
        }
    }
}
