import Testing

@testable import BriefingParse

struct UTF8ValidatorTests {
    /// The standard library's verdict, the reference.
    private func standardVerdict(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func malformedSequencesAreFoundAtAnyOffset() {
        let malformed: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE2, 0x82],
            [0xED, 0xA0, 0x80], [0xEF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF],
        ]
        let wellFormed: [[UInt8]] = [
            Array("é".utf8), Array("€".utf8), Array("今天".utf8), Array("😀".utf8), [0xEF, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
        ]
        // Offsets past 32 and short tails reach every path: 32 and 8 bytes at a time, the last
        // word that overlaps checked bytes, and byte by byte in texts under eight bytes.
        let valid = Array("今".utf8)
        for offset in 0..<41 {
            let head = [UInt8](repeating: 0x61, count: offset)
            for tail in [[], [UInt8](repeating: 0x62, count: 3), [UInt8](repeating: 0x62, count: 9)] {
                for sequence in malformed {
                    #expect(!UTF8Validator.isValid(head + sequence + tail))
                    #expect(!UTF8Validator.isValid(valid + head + sequence + tail))
                }
                for sequence in wellFormed {
                    #expect(UTF8Validator.isValid(head + sequence + tail))
                    #expect(UTF8Validator.isValid(valid + head + sequence + tail))
                }
            }
        }
    }

    @Test func theVerdictTellsASCIIAndC1ControlsApart() {
        func verdict(_ text: String) -> UTF8Validator.Verdict {
            Array(text.utf8).withUnsafeBufferPointer { UTF8Validator.check($0) }
        }
        #expect(verdict("plain text, long enough for the word-at-a-time path") == .ascii)
        #expect(verdict("caf\u{E9} \u{A0} 今天") == .valid)
        #expect(verdict("a\u{85}b") == .validWithC1Controls)
        #expect(verdict(String(repeating: "x", count: 40) + "\u{9F}") == .validWithC1Controls)
    }

    /// Random mixes of ASCII runs, valid sequences and stray bytes, against the standard library.
    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SplitMix(seed: 42)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("今天".utf8), Array("é".utf8), Array("😀".utf8), [0x80], [0xC3],
            [0xE4, 0xBB], [0xF0, 0x9F], [0xFF], [0xED, 0xA0, 0x80], [0x41],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) {
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            #expect(UTF8Validator.isValid(bytes) == standardVerdict(bytes), "\(bytes)")
            let repaired = bytes.withUnsafeBufferPointer { String(utf8Bytes: $0) }
            #expect(repaired == String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// A small seeded generator, so a failure can be replayed.
private struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
