import Testing

@testable import BriefingModel

@Suite struct EntryIdentityTests {
    @Test func idWinsOverLinkAndContent() {
        let key = EntryIdentity.key(id: "tag:etcd,2025:v3.6.0", link: "https://e/x", title: "t", content: "c")
        #expect(key == "id:tag:etcd,2025:v3.6.0")
    }

    @Test func linkWhenIdIsMissingOrBlank() {
        #expect(EntryIdentity.key(id: nil, link: "https://e/x", title: "t", content: nil) == "link:https://e/x")
        #expect(EntryIdentity.key(id: "  ", link: " https://e/x ", title: "t", content: nil) == "link:https://e/x")
    }

    @Test func hashOfTitleAndContentOtherwise() {
        let key = EntryIdentity.key(id: nil, link: "", title: "Hello", content: "World")
        #expect(key.hasPrefix("hash:"))
        #expect(key.count == "hash:".count + 16)
        #expect(key == EntryIdentity.key(id: nil, link: nil, title: "Hello", content: "World"))
        #expect(key != EntryIdentity.key(id: nil, link: nil, title: "Hello", content: "World!"))
    }

    @Test func hashIsStableAcrossRuns() {
        // FNV-1a 64 of the empty input plus the separator byte, and of "a" NUL "b": fixed values.
        #expect(EntryIdentity.key(id: nil, link: nil, title: nil, content: nil) == "hash:af63bd4c8601b7df")
        #expect(EntryIdentity.key(id: nil, link: nil, title: "a", content: "b") == "hash:\(Self.fnv("a\u{0}b"))")
    }

    @Test func separatorKeepsTitleAndContentApart() {
        let left = EntryIdentity.key(id: nil, link: nil, title: "ab", content: "c")
        let right = EntryIdentity.key(id: nil, link: nil, title: "a", content: "bc")
        #expect(left != right)
    }

    @Test func kindsNeverCollide() {
        let asID = EntryIdentity.key(id: "https://e/x", link: nil, title: nil, content: nil)
        let asLink = EntryIdentity.key(id: nil, link: "https://e/x", title: nil, content: nil)
        #expect(asID != asLink)
    }

    /// Reference FNV-1a 64, written out plainly for the test.
    private static func fnv(_ text: String) -> String {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
