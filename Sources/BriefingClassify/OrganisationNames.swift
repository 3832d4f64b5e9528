import Foundation

/// Finds the organisation names a title mentions: capitalised words that are not common English or
/// generic cloud-native words (title case capitalises everything, so a word list does the telling).
enum OrganisationNames {
    static let commonWords: Set<String> = [
        "a", "about", "across", "add", "adds", "after", "again", "against", "age", "agent", "agents", "ai", "all",
        "align", "along", "also", "amid", "an", "and", "announce", "announces", "another", "any", "api", "apis",
        "app", "apps", "are", "as", "at", "back", "be", "become", "becomes", "before", "behind", "best", "beta",
        "better", "between", "beyond", "big", "bill", "bring", "brings", "build", "building", "builds", "business",
        "but", "buy", "buys", "by", "can", "ceo", "cfo", "change", "changes", "chat", "chief", "cloud", "clouds",
        "code", "coming", "community", "company", "complete", "completes", "container", "containers", "control",
        "cost", "costs", "cto", "data", "deal", "developer", "developers", "devops", "do", "does", "down", "edge",
        "enterprise", "enterprises", "era", "every", "expand", "expands", "expansion", "expansions", "faster",
        "first", "for", "free", "from", "future", "get", "gets", "go", "goes", "great", "grow", "grows", "guide",
        "has", "have", "help", "helps", "here", "hinges", "how", "in", "infrastructure", "into", "is", "it", "its",
        "join", "joins", "just", "key", "kubernetes", "k8s", "launch", "launches", "lead", "leads", "learn", "less",
        "license", "licence", "linux", "major", "make", "makes", "management", "market", "may", "meet", "more",
        "most", "move", "moves", "native", "need", "new", "news", "next", "no", "not", "now", "of", "off", "on",
        "one", "open", "or", "our", "out", "over", "partner", "partners", "path", "plan", "plans", "platform",
        "platforms", "power", "president", "project", "projects", "q", "reach", "reaches", "ready", "real", "report",
        "rise", "run", "runs", "says", "scale", "secure", "securing", "security", "see", "service", "services",
        "ship", "ships", "software", "source", "start", "startup", "state", "strategy", "support", "supports",
        "take", "takes", "team", "teams", "tech", "than", "that", "the", "their", "them", "then", "there", "this",
        "time", "to", "today", "tool", "tools", "top", "two", "under", "unveils", "up", "update", "use", "uses",
        "using", "via", "vs", "want", "way", "we", "week", "what", "when", "where", "which", "who", "why", "will",
        "with", "without", "work", "works", "world", "year", "years", "you", "your", "cncf", "foundation",
        "native", "interview", "acquires", "acquisition", "funding", "raises", "agreement", "intensifying",
        "hardened", "images", "image", "expand", "cluster", "clusters", "model", "models", "llm", "gpu", "gpus",
    ]

    /// A name found in a title. `isStrong` when it cannot be mere sentence case: it is not the first word,
    /// or it has capitals past its first letter (`ServiceNow`, `NATS`).
    struct Name {
        var key: String
        var display: String
        var isStrong: Bool
    }

    /// Organisation names of `title`, in title order, each once.
    static func find(in title: String) -> [Name] {
        var found: [Name] = []
        let words = title.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        for (position, word) in words.enumerated() {
            let trimmed = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            guard let first = trimmed.first, first.isUppercase, trimmed.count >= 2 else { continue }
            let key = trimmed.lowercased()
            guard !commonWords.contains(key), !key.allSatisfy(\.isNumber), !found.contains(where: { $0.key == key })
            else { continue }
            let innerCapitals = trimmed.dropFirst().contains(where: \.isUppercase)
            found.append(Name(key: key, display: trimmed, isStrong: position > 0 || innerCapitals))
        }
        return found
    }
}
