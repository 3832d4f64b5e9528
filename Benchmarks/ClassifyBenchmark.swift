import BriefingClassify
import BriefingConfig
import BriefingModel
import Foundation

/// `briefing-bench classify [COUNT] [--rounds N] [--rules FEEDS.yaml|none]`: trains the models on 1,000
/// examples, then classifies and plans COUNT (default 10,000) synthetic entries, N rounds (default 5),
/// and prints each round's wall and CPU time and their medians. The rules are those of `feeds.yaml`
/// in the working directory when there is one (the shipped file's regex and keyword rules), as a
/// real run applies them. The last line is a digest of every classification and of the plan, so two
/// builds can be shown to decide alike.
func classifyBenchmark(_ arguments: [String]) throws {
    let options = try ClassifyBenchmarkOptions(arguments)
    let feeds = SyntheticEntries.feeds
    let entries = SyntheticEntries.make(count: options.count)
    let settings = ClassifySettings()
    let examples = ClassifyBenchmarkOptions.trainingSet(of: 1_000)
    print(
        "rules: \(options.rules.count) from \(options.rulesSource); training examples: 1,000 from \(TrainingSet.shipped.count) shipped"
    )
    let (shipped, start) = Stopwatch.measure {
        Classifier(settings: settings, rules: options.rules, feeds: feeds, labels: [])
    }
    print("train at start (\(TrainingSet.shipped.count) shipped examples, decoded and trained once): \(start)")
    var rounds: [(train: Stopwatch.Reading, classify: Stopwatch.Reading, plan: Stopwatch.Reading)] = []
    var digest = ""
    for round in 1...options.rounds {
        let (_, train) = Stopwatch.measure {
            Classifier(settings: settings, rules: options.rules, feeds: feeds, examples: examples)
        }
        // As `MonthClassifier` does: one batch, shared out over the cores.
        let (classified, classify) = Stopwatch.measure {
            let inputs = entries.map { entry in
                ClassifierInput(entry: entry, feed: feeds.first { $0.name == entry.feed })
            }
            return zip(entries, shipped.classify(inputs)).map { entry, classification in
                var entry = entry
                entry.classification = classification
                return entry
            }
        }
        let month = Month(year: 2025, month: 5) ?? Month(containing: Date(), in: .gmt)
        let (plan, planning) = Stopwatch.measure {
            DraftPlanner.plan(entries: classified, month: month, settings: settings, feeds: feeds)
        }
        rounds.append((train, classify, planning))
        digest = BenchmarkDigest.of(classified, plan)
        let items = plan.items.values.map(\.count).reduce(0, +) + plan.moreCandidates.values.map(\.count).reduce(0, +)
        print(
            "round \(round): train 1,000 \(train); classify \(options.count) \(classify); plan into \(items) items "
                + "\(planning); classify + plan \(classify + planning)")
    }
    print("median train 1,000 examples: \(Stopwatch.median(rounds.map(\.train)))")
    print("median classify \(options.count) entries: \(Stopwatch.median(rounds.map(\.classify)))")
    print("median plan \(options.count) entries: \(Stopwatch.median(rounds.map(\.plan)))")
    print("median classify + plan \(options.count) entries: \(Stopwatch.median(rounds.map { $0.classify + $0.plan }))")
    print("digest of the classifications and the plan: \(digest)")
}

/// The benchmark's flags.
private struct ClassifyBenchmarkOptions {
    var count = 10_000
    var rounds = 5
    var rules: [Rule] = []
    var rulesSource = "none"

    init(_ arguments: [String]) throws {
        var rulesPath: String? = FileManager.default.fileExists(atPath: "feeds.yaml") ? "feeds.yaml" : nil
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--rounds": rounds = max(rest.popFirst().flatMap(Int.init) ?? rounds, 1)
            case "--rules": rulesPath = rest.popFirst().flatMap { $0 == "none" ? nil : $0 }
            default: count = Int(argument) ?? count
            }
        }
        if let rulesPath {
            rules = try ConfigLoader.load(path: rulesPath).rules
            rulesSource = rulesPath
        }
    }

    /// `count` examples: the shipped ones cycled (or sampled evenly when there are more), so training
    /// costs what it would for a training set of that size.
    static func trainingSet(of count: Int) -> [LabeledExample] {
        let shipped = TrainingSet.shipped
        guard !shipped.isEmpty else { return [] }
        return (0..<count).map { shipped[($0 * max(shipped.count / count, 1)) % shipped.count] }
    }
}

/// Wall and CPU time of one measured block (CPU: on a shared machine the wall time includes waiting for a core).
private enum Stopwatch {
    struct Reading: CustomStringConvertible {
        var wall: Double
        var cpu: Double

        static func + (lhs: Reading, rhs: Reading) -> Reading {
            Reading(wall: lhs.wall + rhs.wall, cpu: lhs.cpu + rhs.cpu)
        }

        var description: String { String(format: "%.3f s wall, %.3f s CPU", wall, cpu) }
    }

    static func measure<T>(_ work: () throws -> T) rethrows -> (T, Reading) {
        let clock = ContinuousClock()
        let cpuBefore = Foundation.clock()
        let start = clock.now
        let result = try work()
        let wall = clock.now - start
        let cpu = Double(Foundation.clock() - cpuBefore) / Double(CLOCKS_PER_SEC)
        let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        return (result, Reading(wall: seconds, cpu: cpu))
    }

    /// The median wall time and, apart, the median CPU time.
    static func median(_ readings: [Reading]) -> Reading {
        func middle(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        return Reading(wall: middle(readings.map(\.wall)), cpu: middle(readings.map(\.cpu)))
    }
}

/// A 64-bit FNV-1a digest of what the classifier and the planner decided, as text: equal digests
/// mean two builds gave every entry the same section, confidence, score, candidacy and `why`, and
/// built the same items.
private enum BenchmarkDigest {
    static func of(_ entries: [Entry], _ plan: DraftPlan) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for entry in entries {
            guard let found = entry.classification else { continue }
            add(
                "\(entry.id)|\(found.section.rawValue)|\(found.confidence)|\(found.score)|\(found.isCandidate)|\(found.why)\n"
            )
        }
        for section in Section.allCases {
            for item in (plan.items[section] ?? []) + (plan.moreCandidates[section] ?? []) {
                add(
                    "\(section.rawValue)|\(item.lead.id)|\(item.related.map(\.id))|\(item.headline ?? "")|"
                        + "\(item.version ?? "")|\(item.score)|\(item.confidence)|\(item.needsReview)|\(item.why)\n")
            }
            add("omitted \(plan.moreOmitted[section] ?? 0)\n")
        }
        return String(hash, radix: 16)
    }
}

/// Deterministic synthetic entries: release titles, news, how-tos, some in Chinese, with repeats across
/// feeds and summaries as long as a feed's excerpt.
private enum SyntheticEntries {
    static let projects = [
        "Istio", "Cilium", "Argo CD", "Prometheus", "etcd", "Envoy", "Linkerd", "Knative", "Karmada", "Kyverno",
        "Harbor", "Falco", "Dapr", "Helm", "Flux", "Thanos", "Vitess", "Rook", "KEDA", "Crossplane",
    ]
    static let companies = ["Nutanix", "Docker", "Red Hat", "SUSE", "Grafana Labs", "Datadog", "Solo.io", "Kong"]
    static let templates = [
        "How to run %@ in production at scale", "%@ deep dive: what changed under the hood",
        "Why we moved our clusters to %@", "Survey: %@ adoption keeps growing", "%@: a tool for Kubernetes teams",
        "Lessons learned operating %@ for three years", "Meme of the week featuring %@",
        "如何在生产环境中运行 %@", "%@ 社区年度报告发布", "深入解析 %@ 的架构演进",
    ]
    /// Filler words so titles differ the way a real month's do.
    static let words = (0..<400).map { "topic\($0)" }
    static let feeds: [FeedSource] =
        (0..<20).map { FeedSource(name: "project-\($0)", url: "https://example.org/\($0)", kind: .project) }
        + (0..<30).map { FeedSource(name: "news-\($0)", url: "https://news\($0).example.com/feed") }
    /// A summary of about 600 characters: feeds' excerpts run that long, and the classifier reads their openings.
    static let summaryTail =
        " The release brings improvements to scheduling, observability and security, with many fixes from"
        + " the community. Operators upgrading from earlier versions should read the migration notes, since"
        + " some deprecated APIs were removed and defaults changed for new clusters. Thanks to every"
        + " contributor who reported issues, reviewed pull requests and tested the release candidates."

    static func make(count: Int) -> [Entry] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let start = Date(timeIntervalSince1970: 1_746_057_600)
        return (0..<count).map { index in
            let project = projects[next(projects.count)]
            let title: String
            let feed: String
            switch next(3) {
            case 0:
                title = "\(project) v1.\(next(30)).\(next(4)) released"
                feed = "project-\(next(20))"
            case 1:
                title = "\(companies[next(companies.count)]) announces \(words[next(words.count)]) around \(project)"
                feed = "news-\(next(30))"
            default:
                title =
                    templates[next(templates.count)].replacingOccurrences(of: "%@", with: project)
                    + " with \(words[next(words.count)]) and \(words[next(words.count)])"
                feed = "news-\(next(30))"
            }
            return Entry(
                id: Int64(index + 1), feed: feed, key: "k\(index)", url: "https://\(feed).example.com/\(index)",
                normalizedURL: "https://\(feed).example.com/\(index)", title: title,
                published: start.addingTimeInterval(Double(next(2_592_000))), firstSeen: start,
                summary: "A synthetic summary about \(project) on Kubernetes with some more words to read."
                    + summaryTail)
        }
    }
}
