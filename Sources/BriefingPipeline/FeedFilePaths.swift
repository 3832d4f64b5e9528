import BriefingModel
import Foundation

/// The feed files `briefing parse` was given: paths, directories and path lists.
///
/// A directory stands for the feed files directly in it, sorted by name, as `xmlbench` reads a
/// corpus: one argument instead of a thousand. A path list (`--files-from`) names one file per
/// line, for `find … | briefing parse --files-from -`.
public enum FeedFilePaths {
    /// The file names a directory contributes: what feeds are saved as.
    private static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf", "json", "feed"]

    /// The files `arguments` name, in order: a directory is replaced by its feed files (not
    /// recursing, hidden files left out), anything else is kept as it is, so a missing file is
    /// reported where it is parsed.
    ///
    /// - Throws: `FeedFilePathsError` when a directory cannot be listed.
    public static func expanding(_ arguments: [String]) throws(FeedFilePathsError) -> [String] {
        var paths: [String] = []
        paths.reserveCapacity(arguments.count)
        for argument in arguments {
            guard isDirectory(argument) else {
                paths.append(argument)
                continue
            }
            paths += try feedFiles(in: argument)
        }
        return paths
    }

    /// The paths of a path list: one per line, blank lines skipped; `-` reads standard input.
    ///
    /// - Throws: `FeedFilePathsError` when the list cannot be read.
    public static func listed(in list: String) throws(FeedFilePathsError) -> [String] {
        let data: Data
        if list == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            // A handle, not `FileManager.contents(atPath:)`, which gives nothing for a pipe
            // (`--files-from <(find …)`).
            guard let handle = FileHandle(forReadingAtPath: list), let contents = try? handle.readToEnd() ?? Data()
            else {
                throw FeedFilePathsError(path: list, problem: "cannot read the path list; check the path")
            }
            try? handle.close()
            data = contents
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let path = line.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? nil : path
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The feed files directly in `directory`, by name, read with `readdir` (its entry types
    /// spare a `stat` per file; only links and unknown types are looked up).
    private static func feedFiles(in directory: String) throws(FeedFilePathsError) -> [String] {
        guard let stream = opendir(directory) else {
            throw FeedFilePathsError(path: directory, problem: "cannot list the directory; check its permissions")
        }
        defer { closedir(stream) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            guard isFeedFileName(name) else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): names.append(name)
            case Int32(DT_LNK), Int32(DT_UNKNOWN): if !isDirectory(prefix + name) { names.append(name) }
            default: continue
            }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { prefix + $0 }
    }

    /// Not hidden, and ending in one of `feedExtensions` (any case).
    private static func isFeedFileName(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return feedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}

/// A directory or path list `briefing parse` could not read.
public struct FeedFilePathsError: BriefingError {
    /// The directory or list.
    public var path: String
    /// What went wrong and what to do.
    public var problem: String

    public var exitStatus: ExitStatus { .missingInput }
    public var message: String { "\(path): \(problem)" }
}
