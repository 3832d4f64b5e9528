import Hummingbird

/// The token rule: when a token is set, every request but the login URL must carry it as a cookie.
/// The login URL sets the cookie and sends the browser on to the issue, without the token in the address bar.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "briefing_token" }

    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let token else { return try await next(request, context) }
        if request.uri.path == "/login" {
            let given = FormFields(request.uri.query ?? "")["token"] ?? ""
            guard Secrets.equal(given, token) else { throw ServeError.loginRequired }
            var response = PageResponse.seeOther("/")
            response.setCookie(
                Cookie(name: Self.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        guard let cookie = request.cookies[Self.cookieName]?.value, Secrets.equal(cookie, token) else {
            throw ServeError.loginRequired
        }
        return try await next(request, context)
    }
}
