import BriefingModel

/// Collects the outcome of each feed while the fetches run concurrently.
actor Tally {
    private(set) var report: FetchReport
    private var done = 0

    init(report: FetchReport) {
        self.report = report
    }

    func skip() {
        report.skipped += 1
    }

    func notModified() {
        report.notModified += 1
        done += 1
    }

    func stored(inserted: Int, updated: Int) {
        report.ok += 1
        report.newEntries += inserted
        report.updatedEntries += updated
        done += 1
    }

    func pending(_ drafts: [EntryDraft], for feed: String) {
        report.ok += 1
        report.pending[feed] = drafts
        report.newEntries += drafts.count
        done += 1
    }

    func fail(_ feed: String, _ message: String) {
        report.failures.append(FetchReport.Failure(feed: feed, message: message))
        done += 1
    }

    func notice(_ text: String) {
        report.notices.append(text)
    }

    func progress(total: Int, current: String) -> FetchProgress {
        FetchProgress(done: done, total: total, failed: report.failures.count, current: current)
    }
}
