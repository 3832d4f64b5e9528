import Foundation

/// Reads a `file://` feed (the offline demo, tests, local mirrors) with the same size cap and body
/// checks as HTTP.
struct FileTransfer {
    let request: FetchRequest
    let url: URL

    func run() -> FetchOutcome {
        let path = url.path
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // One byte past the cap tells "exactly the cap" from "too large" without reading more.
            let body = try handle.read(upToCount: request.maxBytes + 1) ?? Data()
            guard body.count <= request.maxBytes else {
                return .failed(FetchFailure(url: request.url, kind: .tooLarge(cap: request.maxBytes)))
            }
            let response = BodyVerdict.Response(finalURL: request.url, status: nil, headers: [:])
            return BodyVerdict.outcome(for: body, request: request, response: response)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return .failed(FetchFailure(url: request.url, kind: .network(message: "cannot read \(path): \(reason)")))
        }
    }
}
