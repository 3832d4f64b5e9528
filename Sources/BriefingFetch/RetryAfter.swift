import Foundation

/// The Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP date.
enum RetryAfter {
    /// The instant the server allows the next request, or nil when the value is missing or unreadable.
    static func date(from value: String?, now: Date) -> Date? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber), let seconds = Double(value) {
            return now.addingTimeInterval(seconds)
        }
        return HTTPDate.parse(value)
    }
}
