import Testing

@testable import BriefingParse

struct HTMLTextTests {
    @Test func blocksBecomeLinesAndWhitespaceCollapses() {
        let html = "<p>First   paragraph\n with  <b>bold</b></p><p>Second</p>line<br>break"
        #expect(HTMLText.plainText(html) == "First paragraph with bold\nSecond\nline\nbreak")
    }

    @Test func scriptsAndStylesAreDropped() {
        let html = "<style>p{color:red}</style>Hello<script>alert('<p>x</p>')</script> world"
        #expect(HTMLText.plainText(html) == "Hello world")
    }

    @Test func entitiesAreDecoded() {
        #expect(HTMLText.plainText("Caf&eacute; &amp; &#8220;tea&#x201D;&nbsp;!") == "Café & \u{201C}tea\u{201D} !")
        #expect(HTMLText.plainText("a &unknown; b") == "a &unknown; b")
    }

    @Test func commentsAndPlainTextPassThrough() {
        #expect(HTMLText.plainText("a <!-- hidden --> b") == "a b")
        #expect(HTMLText.plainText("just text") == "just text")
        #expect(HTMLText.plainText("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2")
    }

    /// Long runs are scanned a word at a time: every stop byte must still be seen at any offset.
    @Test func longRunsStopAtEveryKindOfByteAtAnyOffset() {
        let word = "abcdefghijklmnopqrstuvwxyz0123"
        for offset in 0..<20 {
            let head = String(word.prefix(offset + 1))
            let tail = String(word.suffix(12))
            #expect(HTMLText.plainText(head + "<b>" + tail) == head + tail)
            #expect(HTMLText.plainText(head + "&amp;" + tail) == head + "&" + tail)
            #expect(HTMLText.plainText(head + "\t\n  " + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + "\u{A0}" + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + "é€" + tail) == head + "é€" + tail)
            #expect(HTMLText.plainText(head + "<p>" + tail) == head + "\n" + tail)
        }
    }

    @Test func singleSpacesInRunsAreKeptAndOthersCollapse() {
        #expect(
            HTMLText.plainText("one two  three \t four five<br>six seven <p>eight")
                == "one two three four five\nsix seven\neight")
        #expect(HTMLText.plainText("  lead and trail  ") == "lead and trail")
        #expect(HTMLText.plainText("a b &amp; c <i>d</i> e\u{A0}f") == "a b & c d e f")
    }

    /// Spaces are copied eight bytes at a time when a plain byte follows: a space before markup,
    /// before other white space or at the end of a word must still be decided on its own.
    @Test func spacesAreDecidedAtEveryOffset() {
        let word = "abcdefghijklmnopqrstuvwxyz0123"
        for offset in 0..<20 {
            let head = String(word.prefix(offset + 1))
            let tail = String(word.suffix(12))
            #expect(HTMLText.plainText(head + " " + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + "  " + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + " \n" + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + " <p>" + tail) == head + "\n" + tail)
            #expect(HTMLText.plainText(head + " <b>" + tail) == head + " " + tail)
            #expect(HTMLText.plainText(head + " &amp; " + tail) == head + " & " + tail)
            #expect(HTMLText.plainText(head + " ") == head)
            #expect(HTMLText.plainText(head + " x y z " + tail) == head + " x y z " + tail)
        }
    }

    @Test func aQuotedGreaterThanDoesNotEndATag() {
        for padding in 0..<10 {
            let attribute = String(repeating: "v", count: padding)
            let html = "<a title=\"\(attribute)>no\" data-x='\(attribute)>' href=\"/x\">link</a> after"
            #expect(HTMLText.plainText(html) == "link after")
        }
        #expect(HTMLText.plainText("before <a title=\"never closed>text") == "before")
    }

    @Test func numericAndNamedReferencesAreReadExactly() {
        #expect(HTMLText.plainText("&#65;&#X42;&#x63;&#0000068;&#69 end") == "ABcDE end")
        #expect(HTMLText.plainText("a &#x; b &#; c &#12z; d") == "a &#x; b &#; c &#12z; d")
        #expect(HTMLText.plainText("&#xD800; &#1114112; &#99999999999;") == "&#xD800; &#1114112; &#99999999999;")
        #expect(HTMLText.plainText("&AElig;&aelig;&thetasym;&quot;&lt;&gt;&amp;") == "Ææϑ\"<>&")
        #expect(HTMLText.plainText("&Nbsp; &alefsymx; &") == "&Nbsp; &alefsymx; &")
    }

    @Test func referencesNeverOverflowTheOutput() {
        #expect(HTMLText.plainText("&ne;&#65536;&not") == "\u{2260}\u{10000}\u{AC}")
    }
}
