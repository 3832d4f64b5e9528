import BriefingModel
import BriefingParse

/// Feed files parsed the way `briefing parse` reads them: one reused buffer for every file (as
/// the benchmark and `xmlbench` read theirs), and the conformance JSON of the result.
public final class FeedFiles {
    private let reader = FeedFileReader()

    public init() {}

    /// The parsed feed of `file`, resolving relative links against `baseURL`.
    public func parse(_ file: String, baseURL: String?) throws -> ParsedFeed {
        let feed = try reader.withContents(ofFile: file) { data throws(ParseError) in
            try FeedParser.parse(data, baseURL: baseURL)
        }
        guard let feed else { throw FeedFileError() }
        return feed
    }

    /// The normalised JSON of `feed` (the schema of `../shared/conformance/README.md`).
    public static func conformanceJSON(_ feed: ParsedFeed) -> String {
        ConformanceJSON.render(feed)
    }
}

/// A feed file that could not be read (the command prefixes the file's path).
public struct FeedFileError: BriefingError {
    public var exitStatus: ExitStatus { .missingInput }
    public var message: String { "cannot read the file; check the path and its permissions" }
}
