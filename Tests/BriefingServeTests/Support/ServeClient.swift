import BriefingServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Drives a workbench in-process through Hummingbird's test client.
struct ServeClient: Sendable {
    let client: any TestClientProtocol
    let csrf: String
    var cookie: String?

    /// GET `uri`: the status and the page.
    func get(_ uri: String) async throws -> (status: HTTPResponse.Status, body: String) {
        try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, String(buffer: $0.body)) }
    }

    /// POST the form `fields` (the CSRF token added unless `csrf` is false): status, Location, page.
    func post(_ uri: String, _ fields: [String: String], csrf withToken: Bool = true) async throws -> (
        status: HTTPResponse.Status, location: String?, body: String
    ) {
        var all = fields
        if withToken { all["csrf"] = csrf }
        let body = all.sorted { $0.key < $1.key }.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }
            .joined(separator: "&")
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            ($0.status, $0.headers[.location], String(buffer: $0.body))
        }
    }

    private var headers: HTTPFields {
        var fields = HTTPFields()
        if let cookie { fields[.cookie] = cookie }
        return fields
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension DemoWorkspace {
    /// Runs `body` against a workbench over this demo.
    func serve(_ options: ServeOptions = ServeOptions(), _ body: @Sendable (ServeClient) async throws -> Void)
        async throws
    {
        let server = try WorkbenchServer(workspace: workspace, options: options)
        try await server.application().test(.router) { client in
            try await body(ServeClient(client: client, csrf: server.csrfToken))
        }
    }
}
