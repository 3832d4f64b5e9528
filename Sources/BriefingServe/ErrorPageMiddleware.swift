import Hummingbird

/// Turns every error into a page with one clear line and the right status, never a stack trace.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServeError {
            return PageResponse.html(PageLayout.error(error.message), status: error.status)
        } catch let error as any HTTPResponseError {
            if error.status == .contentTooLarge {
                return PageResponse.html(
                    PageLayout.error(ServeError.bodyTooLarge(limit: WorkbenchRouter.bodyLimit).message),
                    status: .contentTooLarge)
            }
            if error.status == .notFound {
                return PageResponse.html(
                    PageLayout.error(ServeError.notFound(path: request.uri.path).message), status: .notFound)
            }
            return PageResponse.html(
                PageLayout.error("\(error.status.code) \(error.status.reasonPhrase)"), status: error.status)
        } catch {
            // Store and draft errors carry a message naming the file; show just that line.
            return PageResponse.html(PageLayout.error(OneLine.message(of: error)), status: .internalServerError)
        }
    }
}
