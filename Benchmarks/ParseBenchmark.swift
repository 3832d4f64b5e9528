import BriefingModel
import BriefingParse
import Foundation

/// `briefing-bench parse DIR [--rounds N] [--xmlbench PATH]`: interleaves rounds of the C baseline
/// (`xmlbench sax-count DIR`, libxml2 SAX2 counting only) with rounds of the full parse (every file
/// into the entry model, dates parsed, summaries turned into plain text), and prints CPU-second
/// throughput of each, their ratio and the peak RSS. Compare CPU time: the machine is shared.
func parseBenchmark(_ arguments: [String]) throws {
    let options = try ParseBenchmarkOptions(arguments)
    let files = try corpusFiles(in: options.directory)
    let megabytes = Double(files.reduce(0) { $0 + $1.size }) / 1_000_000
    let baseline = options.baseline ? try buildBaseline(source: options.xmlbenchSource) : nil
    var baselineSeconds: [Double] = []
    var swiftSeconds: [Double] = []
    var entries = 0
    for round in 1...options.rounds {
        if let baseline {
            baselineSeconds.append(try childCPUSeconds { try runBaseline(baseline, directory: options.directory) })
        }
        swiftSeconds.append(selfCPUSeconds { entries = parseCorpus(files) })
        let ratio = baseline == nil ? "" : ", ratio \(format((baselineSeconds.last ?? 0) / (swiftSeconds.last ?? 1)))"
        print(
            "round \(round): sax-count \(format(baselineSeconds.last ?? 0)) s, parse \(format(swiftSeconds.last ?? 0)) s\(ratio)"
        )
    }
    let baselineRate = megabytes / median(baselineSeconds)
    let swiftRate = megabytes / median(swiftSeconds)
    print("corpus: \(files.count) files, \(format(megabytes)) MB, \(entries) entries")
    if baseline != nil {
        print(
            "libxml2 SAX2 sax-count (C): \(format(baselineRate)) MB/s (median CPU \(format(median(baselineSeconds))) s)"
        )
    }
    print("briefing parse (full model): \(format(swiftRate)) MB/s (median CPU \(format(median(swiftSeconds))) s)")
    if baseline != nil {
        // Each round runs both sides back to back, so the median of the rounds' ratios is
        // steadier on a shared machine than the ratio of the two medians.
        let ratios = zip(baselineSeconds, swiftSeconds).map { $0 / $1 }
        print(
            "ratio: \(format(median(ratios))) (median of the rounds; ratio of the medians \(format(swiftRate / baselineRate)))"
        )
    }
    print("peak RSS: \(format(peakResidentMegabytes())) MB")
    if options.breakdown { printBreakdown(files) }
}

/// CPU seconds of reading the files alone, of parsing them, and of parsing plus plain text.
private func printBreakdown(_ files: [CorpusFile]) {
    let read = selfCPUSeconds {
        let reader = FeedFileReader()
        for file in files { _ = reader.withContents(ofFile: file.path) { $0.count } }
    }
    let parse = selfCPUSeconds {
        let reader = FeedFileReader()
        for file in files { _ = reader.withContents(ofFile: file.path) { try? FeedParser.parse($0) } }
    }
    let full = selfCPUSeconds { _ = parseCorpus(files) }
    print("breakdown (CPU s): read \(format(read)), read+parse \(format(parse)), read+parse+text \(format(full))")
}

private struct ParseBenchmarkOptions {
    var directory = ""
    var rounds = 5
    var xmlbenchSource = "../shared/bench/xmlbench.c"
    var breakdown = false
    /// False with `--no-baseline`: the Swift side alone, for a profiler that cannot follow children.
    var baseline = true

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--rounds": rounds = Int(remaining.popFirst() ?? "") ?? rounds
            case "--xmlbench": xmlbenchSource = remaining.popFirst() ?? xmlbenchSource
            case "--breakdown": breakdown = true
            case "--no-baseline": baseline = false
            default: directory = argument
            }
        }
        guard !directory.isEmpty, rounds > 0 else {
            throw BenchmarkUsage(
                "usage: briefing-bench parse DIR [--rounds N] [--xmlbench PATH/xmlbench.c] [--breakdown] [--no-baseline]"
            )
        }
    }
}

private struct BenchmarkUsage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

private struct CorpusFile {
    let path: String
    let size: Int
}

/// The `.xml` files of `directory`, sorted by name as xmlbench reads them.
private func corpusFiles(in directory: String) throws -> [CorpusFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".xml") }.sorted()
    return try names.map { name in
        let path = directory + "/" + name
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        return CorpusFile(path: path, size: size)
    }
}

/// Parses every file into the full model, one file at a time; returns the number of entries.
/// Files are read into one reused buffer (`FeedFileReader`), as xmlbench reads them.
private func parseCorpus(_ files: [CorpusFile]) -> Int {
    var entries = 0
    var textBytes = 0
    let reader = FeedFileReader()
    for file in files {
        guard
            let feed = reader.withContents(
                ofFile: file.path,
                { data in
                    try? FeedParser.parse(data)
                }) ?? nil
        else { continue }
        // By index: `for entry in` copied every entry, retaining and releasing each of its fields.
        for index in feed.entries.indices {
            if let summary = feed.entries[index].summary ?? feed.entries[index].content {
                textBytes += HTMLText.plainText(summary).utf8.count
            }
        }
        entries += feed.entries.count
    }
    if textBytes < 0 { print(textBytes) }
    return entries
}

/// Compiles xmlbench.c into a fresh temporary directory, as its README says.
private func buildBaseline(source: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xmlbench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let binary = directory.appendingPathComponent("xmlbench").path
    try runShell("cc -O2 -o '\(binary)' '\(source)' $(pkg-config --cflags --libs libxml-2.0)")
    return binary
}

private func runBaseline(_ binary: String, directory: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["sax-count", directory]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchmarkUsage("xmlbench failed on \(directory)") }
}

private func runShell(_ command: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchmarkUsage("failed: \(command)") }
}

/// CPU seconds (user and system) used so far by this process (`RUSAGE_SELF`) or its children.
func cpuSeconds(_ who: Int32) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(who), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
    return user + system
}

private func selfCPUSeconds(_ body: () -> Void) -> Double {
    let start = cpuSeconds(RUSAGE_SELF.rawValue)
    body()
    return cpuSeconds(RUSAGE_SELF.rawValue) - start
}

private func childCPUSeconds(_ body: () throws -> Void) throws -> Double {
    let start = cpuSeconds(RUSAGE_CHILDREN.rawValue)
    try body()
    return cpuSeconds(RUSAGE_CHILDREN.rawValue) - start
}

/// Peak resident set of this process (the parse side), in MB.
private func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1_024
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

private func format(_ value: Double) -> String {
    String(format: "%.2f", value)
}
