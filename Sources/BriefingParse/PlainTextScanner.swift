/// One pass over HTML bytes that writes the visible text: no token objects, no per-tag strings.
struct PlainTextScanner {
    private static let hiddenElements = PackedNameSet(HTMLVocabulary.hiddenElements)
    private static let blockElements = PackedNameSet(HTMLVocabulary.blockElements)

    /// The element classes, read once per text rather than through the lazy statics per tag.
    private let hidden = PlainTextScanner.hiddenElements
    private let blocks = PlainTextScanner.blockElements
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var output: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Set when the text would not fit in `output` (it never should: no reference decodes longer
    /// than it is written); the caller then runs again with a larger buffer.
    private(set) var overflowed = false
    private var pendingSpace = false
    private var pendingBreak = false

    /// A scanner of `bytes` writing into `output`, which should be at least as large as `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
        self.output = output
    }

    /// Writes the visible text into the output buffer; returns the number of bytes written.
    mutating func run() -> Int {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if !readMarkup() { appendVisible(byte) }
            case UInt8(ascii: "&"):
                readReference()
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
                index += 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                // A no-break space counts as white space.
                pendingSpace = true
                index += 2
            default:
                appendRun()
            }
            if overflowed { return 0 }
        }
        return count
    }

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        guard count < output.count else {
            overflowed = true
            return
        }
        output[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func appendVisible(_ byte: UInt8) {
        if count > 0 {
            if pendingBreak {
                write(0x0A)
            } else if pendingSpace {
                write(0x20)
            }
        }
        pendingBreak = false
        pendingSpace = false
        write(byte)
        index += 1
    }

    /// Appends ordinary bytes up to the next markup, reference or white space in one copy.
    /// A single space between two plain bytes is copied as it is: collapsing would write the same.
    private mutating func appendRun() {
        var end = index + 1
        while true {
            end = skipPlainWords(from: end)
            guard end < bytes.count else { break }
            let byte = bytes[end]
            if isPlain(byte) {
                end += 1
            } else if byte == 0x20, end + 1 < bytes.count, isPlain(bytes[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        appendVisible(bytes[index])
        let length = end - index
        guard count + length <= output.count, let source = bytes.baseAddress, let target = output.baseAddress else {
            overflowed = true
            index = end
            return
        }
        (target + count).update(from: source + index, count: length)
        count += length
        index = end
    }

    /// Not markup, a reference, white space or the lead byte of a no-break space.
    @inline(__always)
    private func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != 0xC2
    }

    /// Skips sixteen bytes at a time over plain bytes and single spaces between plain bytes;
    /// returns the first byte that needs a decision: markup, a reference, other white space, a
    /// space not followed by a plain byte, or the lead byte of a no-break space.
    @inline(__always)
    private func skipPlainWords(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var cursor = start
        while cursor + 16 <= bytes.count {
            let lanes = ByteVector.load(base, at: cursor)
            let spaces = ByteVector.words(ByteVector.equal(lanes, 0x20))
            let stops = ByteVector.words(
                ByteVector.atMost(lanes, 0x20) | ByteVector.equal(lanes, UInt8(ascii: "<"))
                    | ByteVector.equal(lanes, UInt8(ascii: "&")) | ByteVector.equal(lanes, 0xC2))
            // Whether the next byte stops, lane by lane; the last byte's successor is not in
            // view, so a space there is decided byte by byte.
            let nextLow = stops.low >> 8 | stops.high << 56
            let nextHigh = stops.high >> 8 | 0x8000_0000_0000_0000
            let decisions = (
                low: (stops.low & ~spaces.low) | (spaces.low & nextLow),
                high: (stops.high & ~spaces.high) | (spaces.high & nextHigh)
            )
            if let offset = ByteVector.firstOffset(decisions) { return cursor + offset }
            cursor += 16
        }
        return cursor
    }

    private mutating func readReference() {
        guard let (scalar, end) = HTMLEntityDecoder.reference(in: bytes[...], at: index) else {
            appendVisible(UInt8(ascii: "&"))
            return
        }
        if scalar == "\u{A0}" || scalar == " " {
            pendingSpace = true
            index = end
            return
        }
        for (offset, byte) in scalar.utf8.enumerated() {
            if offset == 0 { appendVisible(byte) } else { write(byte) }
        }
        index = end
    }

    /// Reads a tag, comment or declaration at `index`; false when the `<` is just text.
    private mutating func readMarkup() -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            skipDeclaration()
            return true
        }
        let closing = next == UInt8(ascii: "/")
        let nameStart = index + (closing ? 2 : 1)
        guard nameStart < bytes.count, isASCIILetter(bytes[nameStart]) else { return false }
        var nameEnd = nameStart
        while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        index = endOfTag(from: nameEnd)
        guard let name = PackedName(bytes[nameStart..<nameEnd]) else { return true }
        if blocks.contains(name) { pendingBreak = true }
        if !closing, hidden.contains(name) { skipHiddenContent(nameLength: nameEnd - nameStart, name: name) }
        return true
    }

    /// The index just past the `>` that ends the tag whose attributes start at `start`; a `>`
    /// inside a quoted attribute value does not count.
    private func endOfTag(from start: Int) -> Int {
        var cursor = start
        while true {
            cursor = firstIndex(from: cursor, of: UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"))
            guard cursor < bytes.count else { return bytes.count }
            let quote = bytes[cursor]
            if quote == UInt8(ascii: ">") { return cursor + 1 }
            cursor = firstIndex(from: cursor + 1, of: quote, quote, quote) + 1
        }
    }

    /// The first index at or after `start` whose byte is one of the three (sixteen bytes at a
    /// time), or `bytes.count`.
    @inline(__always)
    private func firstIndex(from start: Int, of first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var cursor = start
        while cursor + 16 <= bytes.count {
            let lanes = ByteVector.load(base, at: cursor)
            let found =
                ByteVector.equal(lanes, first) | ByteVector.equal(lanes, second) | ByteVector.equal(lanes, third)
            if let offset = ByteVector.firstOffset(ByteVector.words(found)) { return cursor + offset }
            cursor += 16
        }
        while cursor < bytes.count, bytes[cursor] != first, bytes[cursor] != second, bytes[cursor] != third {
            cursor += 1
        }
        return min(cursor, bytes.count)
    }

    /// Skips everything up to and including the matching end tag of a script/style-like element.
    private mutating func skipHiddenContent(nameLength: Int, name: PackedName) {
        var cursor = index
        while cursor + 1 < bytes.count {
            if bytes[cursor] == UInt8(ascii: "<"), bytes[cursor + 1] == UInt8(ascii: "/") {
                let start = cursor + 2
                let end = min(bytes.count, start + nameLength)
                if PackedName(bytes[start..<end]) == name {
                    index = endOfTag(from: end)
                    return
                }
            }
            cursor += 1
        }
        index = bytes.count
    }

    private mutating func skipDeclaration() {
        let isComment = matches("<!--", at: index)
        let terminator: StaticString = isComment ? "-->" : ">"
        var cursor = index + (isComment ? 4 : 2)
        while cursor < bytes.count, !matches(terminator, at: cursor) { cursor += 1 }
        index = min(bytes.count, cursor + terminator.utf8CodeUnitCount)
    }

    private func matches(_ text: StaticString, at start: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[start + offset] != text.utf8Start[offset] { return false }
        return true
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
}
