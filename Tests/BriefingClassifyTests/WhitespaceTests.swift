import Foundation
import Testing

@testable import BriefingClassify

struct WhitespaceTests {
    /// Every scalar of the Basic Multilingual Plane and a few beyond: Foundation trims it exactly when
    /// `Whitespace` counts it as whitespace.
    @Test func setIsFoundations() {
        let values = Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1_0000, 0x2_0000, 0xE_0020]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar)
            let trimmedByFoundation = text.trimmingCharacters(in: .whitespaces) == "a"
            #expect(trimmedByFoundation == Whitespace.isWhitespace(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "  Name: a tool  ", "\t\u{3000}一个工具\u{00A0}", "", "   ", " a\u{301} ", " \u{301}b", "x", "\u{200B}y\u{200B}",
    ])
    func trimsAsFoundationDoes(text: String) {
        #expect(Whitespace.trimmed(text[...]) == text.trimmingCharacters(in: .whitespaces))
        #expect(Whitespace.trimmed(text.dropFirst()) == text.dropFirst().trimmingCharacters(in: .whitespaces))
    }

    /// Summaries that split a byte prefix from a character prefix: long ASCII, CJK, a non-ASCII
    /// start, a combining mark right after the cut, `\r\n` pairs.
    static let summaries = [
        "short summary", String(repeating: "word ", count: 200), String(repeating: "词语", count: 400),
        "é" + String(repeating: "a", count: 600), String(repeating: "a", count: 480) + "\u{301}bc",
        String(repeating: "a\r\n", count: 300),
    ]

    @Test func summaryOpeningIsThePrefix() {
        for text in Self.summaries {
            #expect(ModelFeatures.opening(of: text, characters: 480) == String(text.prefix(480)))
        }
    }
}
