/// Splits text into the model's features: lowercased Latin words (lightly stemmed) and CJK character bigrams.
enum Tokenizer {
    /// Words too common to tell sections apart.
    static let stopwords: Set<String> = [
        "the", "an", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from", "as", "its", "it",
        "be", "are", "was", "this", "that", "these", "into", "about", "than", "our", "we", "you", "your",
    ]

    /// Lowercased words and numbers of `text`, in order, stopwords kept (for phrases and vocabulary).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// CJK character bigrams of `text` (a lone character stands for itself).
    static func cjkBigrams(_ text: String) -> [String] {
        var grams: [String] = []
        var run: [Unicode.Scalar] = []
        func flush() {
            if run.count == 1 { grams.append(String(run[0])) }
            if run.count > 1 {
                for index in 0..<(run.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(run[index])
                    pair.append(run[index + 1])
                    grams.append(String(pair))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isCJK(scalar) { run.append(scalar) } else { flush() }
        }
        flush()
        return grams
    }

    /// Model features of a text: stemmed non-stopwords, `a_b` word pairs when `phrases`, and CJK bigrams.
    static func features(_ text: String, phrases: Bool) -> [String] {
        let all = words(text)
        var features: [String] = []
        features.reserveCapacity(all.count * 2)
        for word in all where !stopwords.contains(word) && (word.count > 1 || word.first?.isNumber == true) {
            features.append(stem(word))
        }
        if phrases, all.count > 1 {
            for index in 0..<(all.count - 1) { features.append(all[index] + "_" + all[index + 1]) }
        }
        features.append(contentsOf: cjkBigrams(text))
        return features
    }

    /// Numbers become `<num>`; a plural or verb `s` is cut so `releases`/`release` meet.
    static func stem(_ word: String) -> String {
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

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
        }
        return scalar.properties.isAlphabetic && !isCJK(scalar)
    }
}
