import BriefingConfig
import BriefingParse
import CFuzzer
import Foundation

/// The code the fuzzer drives: each target takes arbitrary bytes, as the network or an editor
/// would hand them over, and must neither crash, leak, nor hang on any of them.
enum FuzzTarget: String, CaseIterable {
    /// `FeedParser.parse`, then what the pipeline does with the entries' text and `parse --json`.
    case parse
    /// The feeds.yaml reader (`briefing check-config` and every run's first step).
    case config

    /// Hands control to libFuzzer with the process's arguments minus the target name; returns
    /// its status. The C strings are the runtime's own, so nothing is left to free (or leak).
    func run() -> Int32 {
        let argv = CommandLine.unsafeArgv
        var arguments = [argv[0]] + (2..<Int(CommandLine.argc)).map { argv[$0] } + [nil]
        var count = Int32(arguments.count - 1)
        return arguments.withUnsafeMutableBufferPointer { buffer in
            var base = buffer.baseAddress
            return briefing_runFuzzer(&count, &base, callback)
        }
    }

    var callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 {
        switch self {
        case .parse: return { bytes, count in FuzzTarget.parseFeed(FuzzTarget.data(bytes, count)) }
        case .config: return { bytes, count in FuzzTarget.readConfig(FuzzTarget.data(bytes, count)) }
        }
    }

    private static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        bytes.map { Data(bytes: $0, count: count) } ?? Data()
    }

    private static func parseFeed(_ data: Data) -> Int32 {
        guard let feed = try? FeedParser.parse(data, baseURL: "https://example.com/feeds/feed.xml") else { return 0 }
        for entry in feed.entries {
            _ = HTMLText.plainText(entry.summary ?? entry.content ?? "")
            _ = HTMLText.plainText(entry.title ?? "")
        }
        _ = ConformanceJSON.render(feed)
        return 0
    }

    private static func readConfig(_ data: Data) -> Int32 {
        _ = try? ConfigLoader.parse(String(decoding: data, as: UTF8.self), path: "/nonexistent/feeds.yaml")
        return 0
    }
}

/// libFuzzer's archive brings its own `main`, which calls this; SwiftPM's entry point (our main,
/// which picks the target) takes precedence, so this only satisfies the linker.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.parse.callback(bytes, count)
}
