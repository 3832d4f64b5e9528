/// Splits text into the model's features: lowercased Latin words (lightly stemmed) and CJK character bigrams.
///
/// Every classification tokenizes its title and summary several times, so the scans run on UTF-8 bytes
/// and cut words out as byte ranges: building them scalar by scalar, or testing `Character`
/// properties, cost most of a classification on Linux.
enum Tokenizer {
    /// Words too common to tell sections apart.
    static let stopwords: Set<String> = [
        "the", "an", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from", "as", "its", "it",
        "be", "are", "was", "this", "that", "these", "into", "about", "than", "our", "we", "you", "your",
    ]

    /// Lowercased words and numbers of `text`, in order, stopwords kept (for phrases and vocabulary).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        scanWords(text) { word, _ in words.append(word) }
        return words
    }

    /// CJK character bigrams of `text` (a lone character stands for itself).
    static func cjkBigrams(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            // Every CJK scalar is at least U+3040, whose UTF-8 starts with 0xE3: most titles have none.
            guard bytes.contains(where: { $0 >= 0xE3 }) else { return [] }
            var grams: [String] = []
            // Where each scalar of the current run of CJK scalars starts.
            var run: [Int] = []
            func flush(end: Int) {
                if run.count == 1 { grams.append(string(bytes, run[0]..<end)) }
                if run.count > 1 {
                    for position in 0..<(run.count - 1) {
                        grams.append(
                            string(bytes, run[position]..<(position + 2 < run.count ? run[position + 2] : end)))
                    }
                }
                run.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if isCJK(scalar) {
                    run.append(index)
                } else if !run.isEmpty {
                    flush(end: index)
                }
                index += length
            }
            if !run.isEmpty { flush(end: bytes.count) }
            return grams
        }
    }

    /// Model features of a text: stemmed non-stopwords, `a_b` word pairs when `phrases`, and CJK bigrams.
    static func features(_ text: String, phrases: Bool) -> [String] {
        var all: [String] = []
        var features: [String] = []
        scanWords(text) { word, isASCII in
            all.append(word)
            guard !stopwords.contains(word) else { return }
            let kept =
                isASCII
                ? word.utf8.count > 1 || word.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
                : word.count > 1 || word.first?.isNumber == true
            if kept { features.append(isASCII ? stemASCII(word) : stemAnyScript(word)) }
        }
        if phrases, all.count > 1 {
            for index in 0..<(all.count - 1) { features.append(all[index] + "_" + all[index + 1]) }
        }
        features.append(contentsOf: cjkBigrams(text))
        return features
    }

    /// Numbers become `<num>`; a plural or verb `s` is cut so `releases`/`release` meet.
    static func stem(_ word: String) -> String {
        // Plain ASCII (no `\r`, which `\r\n` would join into one character) reads the same as bytes.
        word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? stemASCII(word) : stemAnyScript(word)
    }

    /// `stem` of a word of ASCII bytes other than `\r`, on its bytes.
    private static func stemASCII(_ word: String) -> String {
        let bytes = word.utf8
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return "<num>" }
        let count = bytes.count
        guard count > 3, bytes.last == UInt8(ascii: "s") else { return word }
        let previous = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        guard previous != UInt8(ascii: "s"), previous != UInt8(ascii: "u"), previous != UInt8(ascii: "i") else {
            return word
        }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// `stem` of any word, by characters.
    private static func stemAnyScript(_ word: String) -> String {
        if word.allSatisfy(\.isNumber) { return "<num>" }
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        else { return word }
        return String(word.dropLast())
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3040...0x30FF, 0xF900...0xFAFF, 0x20000...0x2A6DF: true
        default: false
        }
    }

    /// Calls `found` with each word of the lowercased `text` (a run of word scalars) and whether it is all ASCII.
    private static func scanWords(_ text: String, _ found: (String, Bool) -> Void) {
        var lower = text.lowercased()
        lower.withUTF8 { bytes in
            var start = -1
            var isASCII = true
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if isWordScalar(scalar) {
                    if start < 0 {
                        start = index
                        isASCII = true
                    }
                    isASCII = isASCII && length == 1
                } else if start >= 0 {
                    found(string(bytes, start..<index), isASCII)
                    start = -1
                }
                index += length
            }
            if start >= 0 { found(string(bytes, start..<bytes.count), isASCII) }
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
        }
        return scalar.properties.isAlphabetic && !isCJK(scalar)
    }
}
