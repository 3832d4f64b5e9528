import BriefingClassify
import BriefingModel
import BriefingPipeline
import Foundation

/// Builds the classifier the commands use: the configuration's rules, feeds and settings and the
/// editors' labels when a configuration is there, else the shipped examples alone.
enum ClassifierFactory {
    /// The classifier for `options`: from the workspace when the config file exists (or was named
    /// explicitly), from the shipped examples otherwise, so `classify --input` works anywhere.
    static func make(options: GlobalOptions, configNamed: Bool) throws -> Classifier {
        guard configNamed || FileManager.default.fileExists(atPath: options.config) else {
            return Classifier(settings: ClassifySettings(), rules: [], feeds: [], labels: [])
        }
        return try MonthClassifier(workspace: try options.workspace()).makeClassifier()
    }
}
