import Foundation
import Yams

extension ConfigNode {
    /// A non-empty text value (any scalar; numbers are taken as written).
    func string() throws(ConfigError) -> String {
        guard let text, !isNull else { throw error("expected text, got \(isNull ? "nothing" : shown)") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw error("must not be empty") }
        return trimmed
    }

    /// A text value, or nil when the value is null.
    func optionalString() throws(ConfigError) -> String? {
        isNull ? nil : try string()
    }

    /// `true` or `false` (also `yes`/`no`, `on`/`off`, quoted or not).
    func bool() throws(ConfigError) -> Bool {
        switch text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false, got \(shown)")
        }
    }

    /// A whole number no smaller than `minimum`.
    func int(minimum: Int) throws(ConfigError) -> Int {
        guard let text, let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
            throw error("expected a whole number, got \(shown)")
        }
        guard value >= minimum else { throw error("must be at least \(minimum), got \(value)") }
        return value
    }

    /// A number within `range`.
    func double(in range: ClosedRange<Double>) throws(ConfigError) -> Double {
        guard let text, let value = Double(text), value.isFinite else {
            throw error("expected a number, got \(shown)")
        }
        guard range.contains(value) else {
            throw error(
                "must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), got \(text)")
        }
        return value
    }

    /// One of an enumeration's raw values.
    func oneOf<Value: RawRepresentable & CaseIterable>(_: Value.Type) throws(ConfigError) -> Value
    where Value.RawValue == String {
        let text = try string()
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw error("'\(text)' is not one of \(allowed)")
    }

    /// A duration such as `500ms`, `30s`, `2m` or `1h`.
    func duration() throws(ConfigError) -> Duration {
        let text = try string()
        switch Quantity.duration(text) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.message)
        }
    }

    /// A size in bytes such as `512KiB`, `16MiB`, `10MB` or `1000000`.
    func size() throws(ConfigError) -> Int {
        let text = try string()
        switch Quantity.size(text) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.message)
        }
    }

    /// A list of non-empty texts; a single text is taken as a list of one.
    func strings() throws(ConfigError) -> [String] {
        if case .scalar = node { return [try string()] }
        var result: [String] = []
        for item in try items() { result.append(try item.string()) }
        return result
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
