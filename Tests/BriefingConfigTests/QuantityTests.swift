import Testing

@testable import BriefingConfig

@Suite struct QuantityTests {
    @Test(arguments: [
        ("500ms", Duration.milliseconds(500)), ("30s", .seconds(30)), ("2m", .seconds(120)), ("1h", .seconds(3600)),
        ("1.5s", .milliseconds(1500)), ("10 s", .seconds(10)), ("90d", .seconds(90 * 86_400)),
    ])
    func durationsParse(text: String, expected: Duration) {
        #expect(Quantity.duration(text) == .success(expected))
    }

    @Test(arguments: [
        ("512KiB", 524_288), ("16MiB", 16_777_216), ("1GiB", 1_073_741_824), ("1000000", 1_000_000),
        ("10MB", 10_000_000), ("2kb", 2000), ("1_000", 1000), ("100B", 100),
    ])
    func sizesParse(text: String, expected: Int) {
        #expect(Quantity.size(text) == .success(expected))
    }

    @Test func badDurations() {
        #expect(Quantity.duration("0s") == .failure(.init(message: "'0s' must be longer than zero")))
        #expect(
            Quantity.duration("soon")
                == .failure(
                    .init(message: "'soon' is not a duration; use a number with ms, s, m or h, like 30s or 500ms")))
        #expect(
            Quantity.duration("3w")
                == .failure(
                    .init(message: "'3w': unknown unit 'w'; use a number with ms, s, m or h, like 30s or 500ms")))
    }

    @Test func durationsUpToADayParseAndLongerOnesAreRefused() {
        #expect(Quantity.duration("3650d") == .success(.seconds(3650 * 86_400)))
        #expect(
            Quantity.duration("3651d") == .failure(.init(message: "'3651d' is too long; use at most 3650d")))
        #expect(
            Quantity.duration("9223372036854775808ms")
                == .failure(.init(message: "'9223372036854775808ms' is too long; use at most 3650d")))
    }

    @Test func badSizes() {
        #expect(Quantity.size("0") == .failure(.init(message: "'0' must be at least 1 byte")))
        #expect(Quantity.size("9999999999999GiB") == .failure(.init(message: "'9999999999999GiB' is too large")))
    }

    @Test func quantitiesWriteBackInTheirShortestForm() {
        #expect(Quantity.text(for: .seconds(30)) == "30s")
        #expect(Quantity.text(for: .milliseconds(1500)) == "1500ms")
        #expect(Quantity.text(for: .seconds(120)) == "2m")
        #expect(Quantity.text(for: .seconds(7200)) == "2h")
        #expect(Quantity.text(forBytes: 4 << 20) == "4MiB")
        #expect(Quantity.text(forBytes: 1000) == "1000")
    }

    @Test func suggestionsAreCloseOnly() {
        #expect(Suggestion.closest(to: "sectoin", among: ["section", "name"]) == "section")
        #expect(Suggestion.closest(to: "Name", among: ["section", "name"]) == "name")
        #expect(Suggestion.closest(to: "colour", among: ["section", "name"]) == nil)
    }
}
