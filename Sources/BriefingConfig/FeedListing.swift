import Yams

/// Where the `feeds:` list sits in a YAML document, and the feeds already in it.
struct FeedListing {
    /// The `feeds` key and its value, when the document has one.
    let key: Node?
    let value: Node?
    /// Names and URLs of the listed feeds.
    let existing: [(name: String?, url: String?)]

    init(root: Node) {
        let pair = root.mapping?.first { $0.key.string == "feeds" }
        key = pair?.key
        value = pair?.value
        existing = (pair?.value.sequence.map(Array.init) ?? []).map { item in
            (item.mapping?["name"]?.string, item.mapping?["url"]?.string)
        }
    }
}
