import Foundation

// `briefing-bench NAME [ARGS…]`: each benchmark prints its figures; none is a timed test.
let benchmarks: [String: ([String]) throws -> Void] = [
    "compose": composeBenchmark,
    "store": StoreBenchmark.run,
    "fetch": FetchBenchmark.run,
    "parse": parseBenchmark,
    "classify": classifyBenchmark,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: briefing-bench NAME [ARGS…]; NAME is one of: \(names)\n".utf8))
    exit(64)
}
try benchmark(Array(arguments.dropFirst()))
