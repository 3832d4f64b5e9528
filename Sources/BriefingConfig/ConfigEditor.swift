import BriefingModel
import Foundation
import Yams

/// Edits feeds.yaml as text, so the user's comments, order and layout survive.
public enum ConfigEditor {
    /// `yamlText` with `feeds` added at the end of its `feeds:` list, indented like the existing items.
    ///
    /// A feed whose URL is already listed (or listed earlier in `feeds`) is skipped; `skipped` says
    /// which and why, one line each. A feed whose name is taken gets a unique one (`Blog (2)`), and
    /// a feed without a name is named after its URL's host; `added` holds the feeds as written.
    /// When `yamlText` is not valid YAML or its `feeds:` is not a list, nothing is added and every
    /// feed is listed in `skipped`; validate the config with `ConfigLoader` first.
    public static func appendingFeeds(
        _ feeds: [FeedSource], to yamlText: String
    ) -> (text: String, added: [FeedSource], skipped: [String]) {
        guard let root = try? Yams.compose(yaml: yamlText) ?? Node([(Node, Node)]()), case .mapping = root else {
            let reason = "not added: the config is not valid YAML with settings at the top level; fix it first"
            return (yamlText, [], feeds.map { "'\($0.name)' (\($0.url)): \(reason)" })
        }
        let listing = FeedListing(root: root)
        var plan = AdditionPlan(existing: listing.existing)
        for feed in feeds { plan.consider(feed) }
        guard !plan.added.isEmpty else { return (yamlText, [], plan.skipped) }
        guard let text = FeedListInsertion(text: yamlText, listing: listing).inserting(plan.added) else {
            let reason = "not added: `feeds:` in the config is not a list; fix it first"
            return (yamlText, [], feeds.map { "'\($0.name)' (\($0.url)): \(reason)" })
        }
        return (text, plan.added, plan.skipped)
    }
}
