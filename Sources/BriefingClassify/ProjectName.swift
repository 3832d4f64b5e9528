import Foundation

/// A project's name when a release title gives only the version (`v1.14.0`): taken from the link
/// (`github.com/OWNER/REPO/…` → `REPO`) or else the feed name (`karmada-releases` → `karmada`).
enum ProjectName {
    /// How known projects spell their names; other names get a capital first letter per word.
    static let known: [String: String] = [
        "argo-cd": "Argo CD", "argo-workflows": "Argo Workflows", "argo-rollouts": "Argo Rollouts",
        "karmada": "Karmada", "istio": "Istio", "etcd": "etcd", "containerd": "containerd",
        "prometheus": "Prometheus", "kubernetes": "Kubernetes", "helm": "Helm", "cilium": "Cilium",
        "envoy": "Envoy", "linkerd2": "Linkerd", "linkerd": "Linkerd", "kubevirt": "KubeVirt",
        "kubeedge": "KubeEdge", "hami": "HAMi", "openkruise": "OpenKruise", "kruise": "OpenKruise",
        "flux2": "Flux", "flux": "Flux", "grafana": "Grafana", "opentelemetry-collector": "OpenTelemetry Collector",
        "kyverno": "Kyverno", "keda": "KEDA", "knative": "Knative", "crossplane": "Crossplane",
        "traefik": "Traefik", "coredns": "CoreDNS", "harbor": "Harbor", "rook": "Rook", "longhorn": "Longhorn",
        "k3s": "K3s", "kind": "kind", "minikube": "minikube", "dapr": "Dapr", "volcano": "Volcano",
        "cri-o": "CRI-O", "falco": "Falco", "thanos": "Thanos", "jaeger": "Jaeger", "vitess": "Vitess",
        "rancher": "Rancher", "k0s": "k0s", "kubesphere": "KubeSphere", "vllm": "vLLM", "ollama": "Ollama",
    ]
    /// Feed-name endings that say what the feed is, not which project.
    private static let feedSuffixes = ["-releases", "-release", "-blog", "-news", "-gh", "-github", "-zh", "-en"]

    /// The display name for `url` or else `feed`; nil when neither names anything.
    static func display(url: String, feed: String) -> String? {
        if let repository = githubRepository(url) { return pretty(repository) }
        var name = feed.lowercased()
        for suffix in feedSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
        }
        return name.isEmpty ? nil : pretty(name)
    }

    /// `REPO` of a `github.com/OWNER/REPO/…` link, lowercased.
    static func githubRepository(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(),
            host == "github.com" || host == "www.github.com"
        else { return nil }
        let parts = components.path.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        return parts[1].lowercased()
    }

    private static func pretty(_ name: String) -> String {
        if let known = known[name] { return known }
        return name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
