import BriefingModel
import BriefingPipeline
import Foundation
import Hummingbird

/// The workbench's routes. Every path is matched here; no part of a request names a file.
struct WorkbenchRouter: Sendable {
    /// The largest form accepted: a headline and summary are far below it.
    static let bodyLimit = 64 * 1024

    let workbench: Workbench
    let options: ServeOptions
    /// The CSRF token of this server run, in every form; a POST without it is refused.
    let csrf: String

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        if options.verbose { router.add(middleware: RequestLogMiddleware()) }
        router.add(middleware: ErrorPageMiddleware())
        router.add(middleware: AccessMiddleware(token: options.token))
        router.get("/assets/app.css") { _, _ in PageResponse.asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in PageResponse.asset(Assets.js, type: "text/javascript; charset=utf-8") }
        router.get("/") { _, _ in try issue(workbench.currentMonth) }
        router.get("/month/:month") { _, context in try issue(try month(context)) }
        router.get("/month/:month/candidates") { request, context in
            try candidates(try month(context), query: FormFields(request.uri.query ?? ""))
        }
        router.get("/month/:month/draft") { _, context in try draft(try month(context)) }
        router.post("/month/:month/draft") { request, context in
            let month = try month(context)
            _ = try await form(request)
            return try await writeDraft(month)
        }
        router.post("/month/:month/learn") { request, context in
            let month = try month(context)
            _ = try await form(request)
            return try await learn(month)
        }
        router.post("/month/:month/act") { request, context in
            let month = try month(context)
            let fields = try await form(request)
            try workbench.perform(try WorkbenchAction(form: fields), in: month)
            return PageResponse.seeOther(PageResponse.safeBack(fields["back"], fallback: "/month/\(month)"))
        }
        router.get("/feeds") { request, _ in
            let query = FormFields(request.uri.query ?? "")
            return try feeds(query["month"].flatMap(Month.init) ?? workbench.currentMonth)
        }
        return router
    }

    private func month(_ context: BasicRequestContext) throws(ServeError) -> Month {
        let text = context.parameters.get("month") ?? ""
        guard let month = Month(text) else { throw .badMonth(text) }
        return month
    }

    /// The form of a POST, refused without this run's CSRF token or over the size cap.
    private func form(_ request: Request) async throws -> FormFields {
        var request = request
        let body = try await request.collectBody(upTo: Self.bodyLimit)
        let fields = FormFields(String(buffer: body))
        guard Secrets.equal(fields["csrf"] ?? "", csrf) else { throw ServeError.csrfRefused }
        return fields
    }

    private var timeZone: TimeZone { workbench.workspace.config.draft.timeZone }

    private func issue(_ month: Month) throws -> Response {
        PageResponse.html(IssuePage(view: try workbench.view(of: month), csrf: csrf, timeZone: timeZone).render())
    }

    private func candidates(_ month: Month, query: FormFields) throws -> Response {
        let page = CandidatesPage(
            view: try workbench.view(of: month), filter: CandidateFilter(query: query),
            feeds: workbench.workspace.config.feeds.map(\.name), csrf: csrf, timeZone: timeZone)
        return PageResponse.html(page.render())
    }

    private func draft(_ month: Month, outcome: String? = nil, offerLearn: Bool = false) throws -> Response {
        let draft = try workbench.draft(of: month)
        let page = DraftPage(
            month: month, markdown: draft.markdown,
            path: relative(DraftStage(workspace: workbench.workspace).draftPath(for: month)),
            csrf: csrf, outcome: outcome, offerLearn: offerLearn)
        return PageResponse.html(page.render())
    }

    private func writeDraft(_ month: Month) async throws -> Response {
        let report: ComposeReport
        do {
            report = try await workbench.writeDraft(of: month)
        } catch let error as any BriefingError where error.exitStatus == .lockHeld {
            throw ServeError.runLockHeld(error.message)
        }
        let outcome = DraftPage.outcome(of: report)
        return try draft(
            month, outcome: outcome.text.replacingOccurrences(of: report.path, with: relative(report.path)),
            offerLearn: outcome.offerLearn)
    }

    private func learn(_ month: Month) async throws -> Response {
        do {
            let report = try await workbench.learnDraft(of: month)
            return try draft(month, outcome: report.summary + ". Now write the draft again.")
        } catch let error as any BriefingError where error.exitStatus == .lockHeld {
            throw ServeError.runLockHeld(error.message)
        }
    }

    private func feeds(_ month: Month) throws -> Response {
        let workspace = workbench.workspace
        let window = month.window(in: timeZone)
        let days = Int((window.upperBound.timeIntervalSince(window.lowerBound) / 86_400).rounded())
        let page = FeedsPage(
            reports: try workspace.feedReports(at: workbench.now()), month: month,
            perDay: FeedsPage.perDay(try workspace.entries(of: month), days: days, in: timeZone), days: days,
            failureThreshold: workspace.config.fetch.failureThreshold, timeZone: timeZone)
        return PageResponse.html(page.render())
    }

    /// `path` relative to the configuration's folder, as the pages show it.
    private func relative(_ path: String) -> String {
        let folder = workbench.workspace.config.directory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}
