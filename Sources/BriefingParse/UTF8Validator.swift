/// Checks and repairs UTF-8 without copying valid input.
enum UTF8Validator {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    /// Whether `buffer` is well-formed UTF-8. Runs of ASCII are skipped eight bytes at a time
    /// wherever they start, so text with a few non-ASCII characters costs little more than ASCII.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var index = 0
        let count = buffer.count
        while index < count {
            if index + 8 <= count {
                let high = ByteMask.nonASCII(ByteMask.load(base, at: index))
                if high == 0 {
                    index += 8
                    continue
                }
                index += ByteMask.firstOffset(high)
            }
            guard let length = sequenceLength(buffer, at: index) else { return false }
            index += length
        }
        return true
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
    /// A String of `bytes`, repairing invalid UTF-8 with U+FFFD like `String(decoding:as:)`, but
    /// valid input (nearly all of it) is checked once by `UTF8Validator`, which skips ASCII runs
    /// eight bytes at a time, instead of by the standard library's scalar-by-scalar pass.
    init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard UTF8Validator.isValid(bytes) else {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        self.init(alreadyValidUTF8: bytes)
    }

    /// A String of `bytes`, which the caller guarantees are valid UTF-8: they are copied, not
    /// checked again. Invalid bytes here would break String's invariants, so every caller
    /// either validated them or built them from valid text at character boundaries.
    init(alreadyValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes)))
    }
}
