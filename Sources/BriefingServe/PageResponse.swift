import Hummingbird

/// Responses the workbench sends: pages, assets, redirects after a POST.
enum PageResponse {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8",
                // Nothing but the binary's own assets may run or load, whatever a feed slipped through.
                .contentSecurityPolicy:
                    "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 See Other to `location`: the browser then GETs it, so a reload never repeats the POST.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// `back` when it is a path of this site; `/` otherwise, so a form cannot send the browser elsewhere.
    static func safeBack(_ back: String?, fallback: String) -> String {
        guard let back, back.hasPrefix("/"), !back.hasPrefix("//"), !back.contains("\\") else { return fallback }
        return back
    }
}
