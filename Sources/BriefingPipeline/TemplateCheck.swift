import BriefingCompose
import BriefingConfig
import BriefingModel

/// Checks the custom draft template (`template:`) the way a run will use it: the file can be read
/// and Mustache accepts it, so `check-config` catches what would otherwise fail the cron run.
public enum TemplateCheck {
    /// Throws the error the run would meet; does nothing without `template:`.
    public static func check(_ config: BriefingConfig) throws {
        guard let path = config.draft.templatePath else { return }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PipelineError.templateUnreadable(path)
        }
        let empty = DraftPlan(
            month: Month(containing: .now, in: config.draft.timeZone), items: [:], moreCandidates: [:])
        _ = try DraftComposer(settings: config.draft, feeds: config.feeds).render(empty, templateText: text)
    }
}
