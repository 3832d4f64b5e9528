import BriefingClassify
import BriefingModel

/// Builds the classifier the commands use; the configuration and the editors' labels plug in here.
enum ClassifierFactory {
    /// A classifier trained on the shipped examples plus `labels`, with the config's rules and feeds.
    static func make(
        settings: ClassifySettings = ClassifySettings(), rules: [Rule] = [], feeds: [FeedSource] = [],
        labels: [LabeledExample] = []
    ) -> Classifier {
        Classifier(settings: settings, rules: rules, feeds: feeds, labels: labels)
    }
}
