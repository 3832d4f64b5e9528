import Foundation

/// Reads durations (`500ms`, `30s`, `2m`, `1h`, `90d`) and sizes (`512KiB`, `16MiB`, `10MB`, `1000000`).
enum Quantity {
    /// Why a text is not a duration or a size; the message says what is allowed.
    struct Problem: Error, Equatable {
        let message: String
    }

    private static let durationUnits: [(suffix: String, milliseconds: Double)] = [
        ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
        // Days, for spans like `fetch.quiet_after: 90d`.
        ("d", 86_400_000),
    ]

    /// The longest duration accepted: 3650d (ten years), far below where a Double would trap
    /// converting to Int64 milliseconds, and above any wait or age a feeds.yaml means.
    private static let maximumMilliseconds: Double = 3650 * 86_400_000

    private static let sizeUnits: [String: Double] = [
        "b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
    ]

    /// The duration `text` stands for; it must be positive and carry a unit.
    static func duration(_ text: String) -> Result<Duration, Problem> {
        let hint = "use a number with ms, s, m or h, like 30s or 500ms"
        let (number, unit) = split(text)
        guard let value = Double(number), value.isFinite else {
            return .failure(Problem(message: "'\(text)' is not a duration; \(hint)"))
        }
        guard !unit.isEmpty else {
            return .failure(Problem(message: "'\(text)' has no unit; write \(number)s for seconds (\(hint))"))
        }
        guard let scale = durationUnits.first(where: { $0.suffix == unit })?.milliseconds else {
            return .failure(Problem(message: "'\(text)': unknown unit '\(unit)'; \(hint)"))
        }
        guard value > 0 else { return .failure(Problem(message: "'\(text)' must be longer than zero")) }
        // Checked before converting: a Double beyond Int64 traps, and no request waits a day.
        let milliseconds = (value * scale).rounded()
        guard milliseconds <= maximumMilliseconds else {
            return .failure(Problem(message: "'\(text)' is too long; use at most 3650d"))
        }
        return .success(.milliseconds(Int64(milliseconds)))
    }

    /// The number of bytes `text` stands for: bytes, or a number with KB/MB/GB (1000) or KiB/MiB/GiB (1024).
    static func size(_ text: String) -> Result<Int, Problem> {
        let hint = "use bytes or a number with KB, MB, GB, KiB, MiB or GiB, like 16MiB"
        let (number, unit) = split(text.replacingOccurrences(of: "_", with: ""))
        guard let value = Double(number), value.isFinite else {
            return .failure(Problem(message: "'\(text)' is not a size; \(hint)"))
        }
        guard let scale = unit.isEmpty ? 1 : sizeUnits[unit.lowercased()] else {
            return .failure(Problem(message: "'\(text)': unknown unit '\(unit)'; \(hint)"))
        }
        let bytes = (value * scale).rounded()
        guard bytes >= 1 else { return .failure(Problem(message: "'\(text)' must be at least 1 byte")) }
        guard bytes < Double(Int64.max / 2) else { return .failure(Problem(message: "'\(text)' is too large")) }
        return .success(Int(bytes))
    }

    /// Splits `16MiB` into `16` and `MiB` (spaces between them allowed).
    private static func split(_ text: String) -> (number: String, unit: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? trimmed.endIndex
        let number = String(trimmed[..<numberEnd])
        let unit = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces)
        return (number, unit)
    }

    /// `Duration` written back the way feeds.yaml takes it (`30s`, `1500ms`).
    static func text(for duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 3_600_000 == 0 { return "\(milliseconds / 3_600_000)h" }
        if milliseconds % 60_000 == 0 { return "\(milliseconds / 60_000)m" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        return "\(milliseconds)ms"
    }

    /// A byte count written back the way feeds.yaml takes it (`16MiB`, `1000`).
    static func text(forBytes bytes: Int) -> String {
        for (unit, scale) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes % scale == 0 {
            return "\(bytes / scale)\(unit)"
        }
        return "\(bytes)"
    }
}
