import BriefingModel
import Hummingbird

/// Why `briefing serve` cannot start, or why one request is refused: one line for the page or stderr.
public enum ServeError: BriefingError, Equatable {
    case tokenRequired(host: String)
    case badPort(Int)
    case notFound(path: String)
    case badMonth(String)
    case badForm(String)
    case csrfRefused
    case loginRequired
    case bodyTooLarge(limit: Int)
    case runLockHeld(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .tokenRequired, .badPort: .usage
        default: .failure
        }
    }

    public var message: String {
        switch self {
        case .tokenRequired(let host):
            "serving on \(host) lets anyone on that network change the month: set serve.token in feeds.yaml or pass --token (at least 16 characters), or serve on 127.0.0.1"
        case .badPort(let port): "--port \(port) is not a TCP port (0-65535)"
        case .notFound(let path):
            "no page at \(path); the pages are /, /month/YYYY-MM, …/candidates, …/draft and /feeds"
        case .badMonth(let text): "'\(text)' is not a month; write YYYY-MM, e.g. /month/2025-05"
        case .badForm(let problem): "the form was not understood: \(problem); reload the page and try again"
        case .csrfRefused:
            "this form is from an old page or another site (CSRF token missing or stale); reload the page and try again"
        case .loginRequired:
            "this workbench needs its login URL (printed by 'briefing serve' at start); open that URL first"
        case .bodyTooLarge(let limit): "the form is larger than \(limit / 1024) KiB; shorten the text and send it again"
        case .runLockHeld(let holder): "\(holder); try again when it has finished"
        }
    }

    /// The HTTP status the error page is sent with.
    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .badMonth, .badForm: .badRequest
        case .csrfRefused, .loginRequired: .forbidden
        case .bodyTooLarge: .contentTooLarge
        case .runLockHeld: .conflict
        case .tokenRequired, .badPort: .internalServerError
        }
    }
}
