import Foundation
import Testing

@testable import BriefingClassify

/// The byte-level scanners must find exactly what the character-level definitions they replaced find:
/// each test compares them on text chosen to split the two (combining marks, `\r\n`, CJK, emoji,
/// other scripts' letters and digits, case mappings that change length).
struct TextScanningTests {
    static let texts = [
        "Istio 1.26 released: what's new", "Kubernetes v1.33: Image Volumes Graduate to Beta",
        "Karmada v1.12 发布！新功能解析", "如何在生产环境中运行 Cilium", "Café 1.2 and cafe\u{301} 3.4 together",
        "a\r\nb 1.2\r\n2.3", "KELVIN \u{212A} and İstanbul", "Ⅻ chapters, ٣ digits, ½ cup", "emoji 🚀 launch 😂 lol",
        "edge-25.5.1", "$1.5 billion", "10.0.0.1 is an address", "v2.0 beta", "ＦＵＬＬＷＩＤＴＨ：全角", "ひらがな カタカナ",
        "", "   ", "x", "RELEASES Releases releases bus this class", "naïve résumé façade 1.2.3-rc.1",
        "\u{301}leading mark", "ǅungla ǈ titlecase", "ﬁne ligature", "𠀀𠀁 extension B", "4-of-5 2nd 3rd 1.x",
    ]

    @Test func wordsMatchTheScalarDefinition() {
        for text in Self.texts {
            #expect(Tokenizer.words(text) == Reference.words(text), "\(text.debugDescription)")
            #expect(Tokenizer.cjkBigrams(text) == Reference.cjkBigrams(text), "\(text.debugDescription)")
            for phrases in [false, true] {
                #expect(
                    Tokenizer.features(text, phrases: phrases) == Reference.features(text, phrases: phrases),
                    "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "releases", "bus", "class", "this", "plus", "1234", "", "s", "abcs", "a\r\ns", "cafés", "ǅs", "١٢٣", "1٢",
        "naïves", "oss",
    ])
    func stemsMatchTheCharacterDefinition(word: String) {
        #expect(Tokenizer.stem(word) == Reference.stem(word))
    }

    @Test func keywordSetFindsWhatContainsFinds() {
        let keywords = [
            "what's new", "release", "is out", "发布", "新功能", "%", "😂", "lol", "1.2", "a", "cafe", "café", "k", "i",
            "全角", "", "launch",
        ].map { Array($0.utf8) }
        let set = KeywordSet(keywords)
        for text in Self.texts {
            let bytes = Array(text.lowercased().utf8)
            #expect(set.found(in: bytes) == keywords.map { KeywordMatcher.contains(bytes, keyword: $0) }, "\(text)")
        }
    }

    @Test func literalSearchFindsWhatFoundationFinds() {
        for text in Self.texts {
            for needle in ["1.2", "v1.33", "1.26", "2.3", "edge", "v2.0", "3.4", "1.2.3-rc.1", "x", ""] {
                let found = LiteralSearch.firstRange(of: needle, in: text)
                let expected = text.range(of: needle)
                #expect(found == expected, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    @Test func versionScannerSkipsOnlyTitlesWithoutAVersion() {
        for text in Self.texts + ["1.2", "v1.2", "1 .2", "1.", ".2", "a1.2b"] where ReleaseVersion.find(in: text) != nil
        {
            #expect(VersionScanner.mayHoldVersion(text), "\(text)")
        }
        #expect(!VersionScanner.mayHoldVersion("Kubernetes turns ten"))
        #expect(!VersionScanner.mayHoldVersion("1 .2 and 3. 4"))
        #expect(ReleaseVersion.find(in: "Istio 1.26 released")?.literal == "1.26")
    }

    @Test func utf8ScalarsDecodeAsTheStringDoes() {
        for text in Self.texts {
            var text = text
            let decoded = text.withUTF8 { bytes in
                var scalars: [Unicode.Scalar] = []
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                    #expect(UTF8Scalar.start(bytes, before: index + length - 1) == index)
                    scalars.append(scalar)
                    index += length
                }
                return scalars
            }
            #expect(decoded == Array(text.unicodeScalars))
        }
    }
}

/// The scalar- and character-level definitions the tokenizer had before it scanned bytes.
private enum Reference {
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
            run.removeAll()
        }
        for scalar in text.unicodeScalars {
            if Tokenizer.isCJK(scalar) { run.append(scalar) } else { flush() }
        }
        flush()
        return grams
    }

    static func features(_ text: String, phrases: Bool) -> [String] {
        let all = words(text)
        var features: [String] = []
        for word in all
        where !Tokenizer.stopwords.contains(word) && (word.count > 1 || word.first?.isNumber == true) {
            features.append(stem(word))
        }
        if phrases, all.count > 1 {
            for index in 0..<(all.count - 1) { features.append(all[index] + "_" + all[index + 1]) }
        }
        return features + cjkBigrams(text)
    }

    static func stem(_ word: String) -> String {
        if word.allSatisfy(\.isNumber) { return "<num>" }
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        else { return word }
        return String(word.dropLast())
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") }
        return scalar.properties.isAlphabetic && !Tokenizer.isCJK(scalar)
    }
}
