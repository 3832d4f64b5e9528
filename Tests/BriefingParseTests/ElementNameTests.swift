import Testing

@testable import BriefingParse

/// Element names are looked up packed from libxml2's bytes; these pin the cases the packed
/// lookup must read as the String lookup before it did.
struct ElementNameTests {
    private func identify(_ name: String, in namespace: FeedNamespace = .core, prefixed: Bool = false) -> (
        ElementName, Bool
    ) {
        var bytes = Array(name.utf8) + [0]
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let (element, isAtom) = ElementName.identify(
                namespace: namespace, prefixed: prefixed, localName: buffer.baseAddress!)
            return (element, isAtom)
        }
    }

    @Test func namesMatchIgnoringASCIICase() {
        #expect(identify("title").0 == .title)
        #expect(identify("TITLE").0 == .title)
        #expect(identify("pubDate").0 == .pubDate)
        #expect(identify("LastBuildDate").0 == .lastBuildDate)
        #expect(identify("managingEditor").0 == .managingEditor)
        #expect(identify("encoded", in: .content).0 == .contentEncoded)
        #expect(identify("Div", in: .xhtml).0 == .xhtmlDiv)
        #expect(identify("creator", in: .dublinCore).0 == .dcCreator)
        #expect(identify("keywords", in: .itunes).0 == .itunesKeywords)
        #expect(identify("thumbnail", in: .media).0 == .mediaThumbnail)
    }

    @Test func theNamespaceDecidesTheTableAndTheAtomFlag() {
        #expect(identify("title", in: .atom) == (.title, true))
        #expect(identify("title", in: .other, prefixed: false) == (.title, false))
        #expect(identify("title", in: .other, prefixed: true) == (.other, false))
        #expect(identify("title", in: .content) == (.other, false))
        #expect(identify("rdf", in: .rdf) == (.rdf, false))
    }

    /// Longer than any name in the tables (and than a packed name holds), or a prefix of one.
    @Test func longAndPartialNamesAreOther() {
        #expect(identify("titletitletitletitle").0 == .other)
        #expect(identify("titletitletitletitle", in: .atom) == (.other, true))
        #expect(identify("titl").0 == .other)
        #expect(identify("").0 == .other)
    }

    /// A non-ASCII name is lowercased as Unicode text when it has an ASCII capital, as the
    /// String lookup did: the Kelvin sign (U+212A) then becomes an ASCII `k`.
    @Test func nonASCIINamesAreLowercasedAsTextWhenTheyHaveACapital() {
        #expect(identify("LIN\u{212A}").0 == .link)
        #expect(identify("lin\u{212A}").0 == .other)
        #expect(identify("tïtle").0 == .other)
    }
}
