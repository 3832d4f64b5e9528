import BriefingFetch
import BriefingModel
import Foundation

/// `briefing-bench fetch [N] [--latency MS] [--concurrency C]`: N small feeds (default 1000) served by
/// the test fixture server on 127.0.0.1 with MS (default 50) ms added per response, fetched with
/// concurrency C (default 8; one host, so the per-host limit is set to C). Prints the first run's wall
/// time against the latency bound N × MS / C, the all-304 run (with and without latency on the 304s),
/// and the peak RSS.
enum FetchBenchmark {
    struct Options {
        var feeds = 1000
        var latency = 50
        var concurrency = 8

        init(_ arguments: [String]) {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                switch argument {
                case "--latency": latency = rest.popFirst().flatMap { Int($0) } ?? latency
                case "--concurrency": concurrency = rest.popFirst().flatMap { Int($0) } ?? concurrency
                default: feeds = Int(argument) ?? feeds
                }
            }
        }
    }

    static func run(_ arguments: [String]) throws {
        let options = Options(arguments)
        let server = try BenchmarkServer.start()
        defer { server.stop() }
        let settings = FetchSettings(concurrency: options.concurrency, perHost: options.concurrency)
        let bound = Double(options.feeds * options.latency) / 1000 / Double(options.concurrency)
        print("fetch: \(options.feeds) feeds, \(options.latency) ms latency, concurrency \(options.concurrency)")
        print("latency bound: \(format(bound)) s")
        let first = measure(server, options, settings, etags: false, query: "")
        print("first run: \(format(first.seconds)) s (\(format(first.seconds / bound))× the bound), \(first.summary)")
        let second = measure(server, options, settings, etags: true, query: "")
        print("second run, all 304, 304s delayed too: \(format(second.seconds)) s, \(second.summary)")
        let fast = measure(server, options, settings, etags: true, query: "?fast304")
        print("second run, all 304, 304s at once: \(format(fast.seconds)) s, \(fast.summary)")
        print("peak RSS: \(format(Double(peakResidentBytes()) / 1_048_576)) MiB")
    }

    private static func measure(
        _ server: BenchmarkServer, _ options: Options, _ settings: FetchSettings, etags: Bool, query: String
    ) -> (seconds: Double, summary: String) {
        let requests = (0..<options.feeds).map { index in
            FetchRequest(
                feed: "feed-\(index)", url: server.url("/latency/\(options.latency)/\(index)\(query)"),
                etag: etags ? "\"feed-\(index)\"" : nil)
        }
        let tally = Tally()
        let start = ContinuousClock.now
        blockingRun { await FeedFetcher(settings: settings).fetchAll(requests) { tally.add($1) } }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, tally.summary)
    }

    private static func blockingRun(_ work: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await work()
            done.signal()
        }
        done.wait()
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).dropLast(3))
        else { return 0 }
        return kilobytes * 1024
    }
}

/// Counts outcomes from many tasks.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var fetched = 0
    private var notModified = 0
    private var failed = 0

    func add(_ outcome: FetchOutcome) {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .fetched: fetched += 1
        case .notModified: notModified += 1
        case .failed: failed += 1
        }
    }

    var summary: String {
        lock.lock()
        defer { lock.unlock() }
        return "\(fetched) fetched, \(notModified) not modified, \(failed) failed"
    }
}
