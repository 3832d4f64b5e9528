import Foundation

/// Collects one transfer's response as libcurl delivers it: the status of every hop, the headers of
/// the last response, and the decoded body up to the cap. Touched only by the transfer's thread.
final class ResponseSink {
    private let cap: Int
    private(set) var body = Data()
    /// True when the body would have passed the cap and the transfer was stopped.
    private(set) var passedCap = false
    /// The status of each response in order (redirect hops first, the final response last).
    private(set) var hopStatuses: [Int] = []
    /// Headers of the latest response, names lower-cased, values trimmed; a repeated name keeps the last.
    private(set) var headers: [String: String] = [:]

    private let cancellation: CancellationFlag

    init(cap: Int, cancellation: CancellationFlag) {
        self.cap = cap
        self.cancellation = cancellation
    }

    /// True once the task that started the transfer was cancelled.
    var isCancelled: Bool { cancellation.isCancelled }

    /// Appends decoded body bytes; returns false (stop the transfer) when they would pass the cap.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= cap else {
            passedCap = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one raw header line (status line, header field, or the blank end line).
    func takeHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            takeStatusLine(line)
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    private func takeStatusLine(_ line: String) {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return }
        headers = [:]
        // 1xx interim responses (100 Continue, 103 Early Hints) are not hops.
        if status >= 200 { hopStatuses.append(status) }
    }
}
