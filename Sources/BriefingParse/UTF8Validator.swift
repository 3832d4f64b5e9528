/// Checks and repairs UTF-8 without copying valid input.
enum UTF8Validator {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    /// Whether `buffer` is well-formed UTF-8.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        check(buffer) != .invalid
    }

    enum Verdict {
        case invalid
        case ascii
        case valid
        /// Valid, with at least one C1 control (U+0080–U+009F): see `C1Controls`. Noted here
        /// because the check sees every two-byte sequence anyway.
        case validWithC1Controls
    }

    /// Whether `buffer` is well-formed UTF-8, and whether it is all ASCII. Runs of ASCII are
    /// skipped 32 bytes at a time wherever they start (`nextNonASCII`), and runs of non-ASCII
    /// characters are checked one sequence after the other (three-byte ones, most CJK text, on a
    /// short path), so mostly-English text with a few CJK words costs little more than ASCII.
    static func check(_ buffer: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let base = buffer.baseAddress else { return .ascii }
        let count = buffer.count
        var index = 0
        var sawNonASCII = false
        var sawC1Control = false
        while let next = nextNonASCII(base, from: index, count: count) {
            index = next
            sawNonASCII = true
            // A run of non-ASCII characters, up to the next ASCII byte.
            while index < count, base[index] >= 0x80 {
                let lead = base[index]
                if lead &- 0xE1 < 0x0F, lead != 0xED, index &+ 3 <= count, base[index &+ 1] & 0xC0 == 0x80,
                    base[index &+ 2] & 0xC0 == 0x80
                {
                    index &+= 3
                    continue
                }
                guard let length = sequenceLength(buffer, at: index) else { return .invalid }
                if lead == 0xC2, base[index &+ 1] < 0xA0 { sawC1Control = true }
                index &+= length
            }
        }
        if sawC1Control { return .validWithC1Controls }
        return sawNonASCII ? .valid : .ascii
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or nil. Most captured
    /// texts are short (titles, links, ids), so their last bytes are tested as one word ending at
    /// the buffer's end rather than one by one; the bytes of that word before `start`, already
    /// checked, are shifted out.
    @inline(__always)
    private static func nextNonASCII(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var index = start
        while index &+ 32 <= count {
            let word =
                ByteMask.load(base, at: index) | ByteMask.load(base, at: index &+ 8)
                | ByteMask.load(base, at: index &+ 16) | ByteMask.load(base, at: index &+ 24)
            if ByteMask.nonASCII(word) != 0 { break }
            index &+= 32
        }
        while index &+ 8 <= count {
            let high = ByteMask.nonASCII(ByteMask.load(base, at: index))
            if high != 0 { return index &+ ByteMask.firstOffset(high) }
            index &+= 8
        }
        guard index < count else { return nil }
        if count >= 8 {
            let last = count &- 8
            let high = ByteMask.nonASCII(ByteMask.load(base, at: last)) >> UInt64((index &- last) &* 8)
            return high == 0 ? nil : index &+ ByteMask.firstOffset(high)
        }
        while index < count {
            if base[index] >= 0x80 { return index }
            index &+= 1
        }
        return nil
    }

    /// `bytes` as a String, checked once by `check` (valid bytes are copied, not checked again),
    /// with the verdict; invalid UTF-8 is repaired with U+FFFD as `String(decoding:as:)` does.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, verdict: Verdict) {
        let verdict = check(bytes)
        switch verdict {
        case .invalid: return (String(decoding: bytes, as: UTF8.self), verdict)
        case .ascii: return (String(alreadyValidUTF8: bytes, isASCII: true), verdict)
        case .valid, .validWithC1Controls: return (String(alreadyValidUTF8: bytes), verdict)
        }
    }

    /// Replaces each invalid sequence by U+FFFD (one bad byte costs one character).
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = buffer[index]
        if lead < 0x80 { return 1 }
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard index + length <= buffer.count else { return nil }
        let second = buffer[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}

extension String {
    /// A String of `bytes`, repairing invalid UTF-8 with U+FFFD like `String(decoding:as:)`; see
    /// `UTF8Validator.string(_:)`.
    init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        self = UTF8Validator.string(bytes).text
    }

    /// A String of `bytes`, which the caller guarantees are valid UTF-8: they are copied, not
    /// checked again. Invalid bytes here would break String's invariants, so every caller
    /// either validated them or built them from valid text at character boundaries.
    init(alreadyValidUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool = false) {
        assert(UTF8Validator.isValid(bytes), "String(alreadyValidUTF8:) was handed invalid UTF-8")
        self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
    }
}
