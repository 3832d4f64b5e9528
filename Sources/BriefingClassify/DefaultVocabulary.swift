/// The built-in topic vocabulary: CNCF landscape project names and Kubernetes terms.
enum DefaultVocabulary {
    static let terms: [String] = projects + kubernetesTerms + topics
    /// The terms that make a cloud-native subject (projects and Kubernetes words, not `security`,
    /// `survey` or the job titles `devops` and `sre`): an entry from a news feed naming none of them is
    /// off-topic IT news (GUIDE.md, section 0).
    static let subjects: [String] = projects + kubernetesTerms.filter { !["devops", "sre"].contains($0) }

    static let projects = [
        "kubernetes", "k8s", "prometheus", "envoy", "coredns", "containerd", "fluentd", "jaeger", "vitess",
        "helm", "harbor", "tikv", "rook", "etcd", "open policy agent", "opa", "tuf", "falco", "argo", "argo cd",
        "flux", "linkerd", "cilium", "istio", "keda", "knative", "kubeedge", "crossplane", "dapr", "cert-manager",
        "cloudevents", "cri-o", "backstage", "buildpacks", "chaos mesh", "contour", "cortex", "cubefs",
        "dragonfly", "emissary-ingress", "grpc", "in-toto", "karmada", "kubevirt", "kyverno", "litmus",
        "longhorn", "nats", "notary", "openfeature", "opentelemetry", "opencost", "openkruise", "operator framework",
        "spiffe", "spire", "strimzi", "thanos", "volcano", "wasmcloud", "backstage", "kubeflow", "kserve",
        "kuma", "kubewarden", "kubescape", "kmesh", "hami", "koordinator", "kueue", "kairos", "k0s", "k3s",
        "rancher", "openshift", "tekton", "jenkins", "spinnaker", "gitops", "oras", "sigstore", "cosign",
        "rekor", "trivy", "kube-vip", "metallb", "velero", "longhorn", "vcluster", "kind", "minikube",
        "kubeadm", "kubectl", "kustomize", "cluster api", "gateway api", "ingress-nginx", "traefik", "nginx",
        "kong", "envoy gateway", "grafana", "loki", "tempo", "mimir", "beyla", "ebpf", "wasm", "webassembly",
        "docker", "podman", "buildkit", "valkey", "redis", "postgres", "cloudnativepg", "mcp",
        "model context protocol", "ollama", "llm-d", "vllm", "ray", "slurm", "eks", "aks", "gke",
        "tetragon", "hubble", "kubebuilder", "kwok", "kro", "kgateway", "headlamp", "kagent", "telepresence",
        "opentofu", "terraform", "keptn", "kubevela", "meshery", "open service mesh", "calico", "flannel",
        "talos", "openebs", "kubearmor", "carvel", "devfile", "kuadrant", "copa", "bank-vaults", "kubecost",
    ]

    static let kubernetesTerms = [
        "pod", "pods", "node", "nodes", "cluster", "clusters", "namespace", "deployment", "statefulset",
        "daemonset", "operator", "operators", "controller", "crd", "custom resource", "kubelet", "scheduler",
        "api server", "service mesh", "sidecar", "ambient", "ingress", "autoscaling", "hpa", "vpa", "cni", "csi",
        "cri", "container", "containers", "container image", "oci", "registry", "rbac", "admission",
        "dynamic resource allocation", "dra", "sig", "kep", "feature gate", "multi-cluster", "serverless",
        "observability", "platform engineering", "cloud native", "cloud-native", "cncf", "kubecon",
        "supply chain", "sbom", "policy as code", "devops", "sre", "microservices", "edge", "gpu", "ai inference",
        "云原生", "容器", "集群", "服务网格", "可观测性",
    ]

    static let topics = [
        "open source", "linux foundation", "licence", "license", "acquisition", "acquires", "vulnerability", "cve",
        "security", "benchmark", "survey", "report",
    ]
}
