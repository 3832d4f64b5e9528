import BriefingClassify
import BriefingModel
import Foundation

/// `briefing-bench classify [COUNT]`: classifies and plans COUNT (default 10,000) synthetic entries.
func classifyBenchmark(_ arguments: [String]) throws {
    let count = arguments.first.flatMap(Int.init) ?? 10_000
    let feeds = SyntheticEntries.feeds
    let entries = SyntheticEntries.make(count: count)
    let clock = ContinuousClock()
    let trainStart = clock.now
    let classifier = Classifier(settings: ClassifySettings(), rules: [], feeds: feeds, labels: [])
    let trained = clock.now
    let classified = entries.map { entry in
        var entry = entry
        let feed = feeds.first { $0.name == entry.feed }
        entry.classification = classifier.classify(ClassifierInput(entry: entry, feed: feed))
        return entry
    }
    let classifiedAt = clock.now
    let month = Month(year: 2025, month: 5) ?? Month(containing: Date(), in: .gmt)
    let plan = DraftPlanner.plan(entries: classified, month: month, settings: ClassifySettings(), feeds: feeds)
    let planned = clock.now
    let items = plan.items.values.map(\.count).reduce(0, +) + plan.moreCandidates.values.map(\.count).reduce(0, +)
    print("train: \(trained - trainStart)")
    print("classify \(count) entries: \(classifiedAt - trained)")
    print("plan \(count) entries into \(items) items: \(planned - classifiedAt)")
    print("classify + plan: \(planned - trained)")
}

/// Deterministic synthetic entries: release titles, news, how-tos, with repeats across feeds.
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
    ]
    /// Filler words so titles differ the way a real month's do.
    static let words = (0..<400).map { "topic\($0)" }
    static let feeds: [FeedSource] =
        (0..<20).map { FeedSource(name: "project-\($0)", url: "https://example.org/\($0)", kind: .project) }
        + (0..<30).map { FeedSource(name: "news-\($0)", url: "https://news\($0).example.com/feed") }

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
                summary: "A synthetic summary about \(project) on Kubernetes with some more words to read.")
        }
    }
}
