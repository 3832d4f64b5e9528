import Foundation
import Testing

/// `briefing parse` with the built binary: files, a directory of them and a path list agree.
@Suite struct ParseCommandTests {
    @Test func aDirectoryAndAPathListParseWhatTheirFilesDo() throws {
        let sandbox = try Sandbox()
        try sandbox.serve("etcd-releases.atom")
        try sandbox.serve("news.rss")
        let files = ["served/etcd-releases.atom", "served/news.rss"]
        let named = try sandbox.run(["parse", "--summary"] + files)
        #expect(named.status == 0, "stderr: \(named.stderr)")
        #expect(named.stdout.hasPrefix("files=2 entries="))

        let directory = try sandbox.run(["parse", "--summary", "served"])
        #expect(directory.status == 0, "stderr: \(directory.stderr)")
        #expect(directory.stdout == named.stdout)

        try Data(files.joined(separator: "\n").utf8).write(to: sandbox.file("list.txt"))
        let listed = try sandbox.run(["parse", "--summary", "--files-from", "list.txt"])
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout == named.stdout)

        let json = try sandbox.run(["parse", "--json", "served"])
        #expect(json.stdout.split(separator: "\n").count == 2)
    }

    /// The paths after the first go past the argument parser; options between them, their values,
    /// `--` and a path that looks like an option still mean what they say.
    @Test func pathsBetweenOptionsAreAllParsedInOrder() throws {
        let sandbox = try Sandbox()
        try sandbox.serve("etcd-releases.atom")
        try sandbox.serve("news.rss")
        try FileManager.default.copyItem(at: sandbox.file("served/news.rss"), to: sandbox.file("-dash.rss"))
        try Data("served/news.rss\n".utf8).write(to: sandbox.file("list.txt"))
        let atom = "served/etcd-releases.atom"
        let rss = "served/news.rss"
        let one = try sandbox.run(["parse", "--json", atom]).stdout
        let other = try sandbox.run(["parse", "--json", rss]).stdout

        let mixed = try sandbox.run(
            ["parse", rss, "--base-url", "https://example.org/", atom, "--files-from", "list.txt", rss, "--json"])
        #expect(mixed.status == 0, "stderr: \(mixed.stderr)")
        // The paths in order, then the list's.
        let relative = try sandbox.run(["parse", "--base-url", "https://example.org/", "--json", rss, atom, rss, rss])
        #expect(mixed.stdout == relative.stdout)
        #expect(relative.stdout.split(separator: "\n").count == 4)

        let equals = try sandbox.run(["parse", atom, "--base-url=https://example.org/", rss, "--json"])
        #expect(equals.stdout.split(separator: "\n").count == 2)

        let terminated = try sandbox.run(["parse", "--json", "--", atom, "-dash.rss"])
        #expect(terminated.status == 0, "stderr: \(terminated.stderr)")
        #expect(terminated.stdout == one + other)

        let unknown = try sandbox.run(["parse", "--json", atom, "--bogus", rss])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--bogus"))
    }

    /// Its first bytes make libxml2 switch to UCS-4, whose decoder then fails: libxml2 reported
    /// that on stderr too, as a line naming no file ("encoding error : input conversion
    /// failed…"); it is the document's bozo reason only.
    @Test func anEncoderFailingInsideLibxml2WritesNothingToStandardError() throws {
        let sandbox = try Sandbox()
        let bytes = Data("<\0\0\0?xml version=\"1.0\"?><rss><channel><title>t</title></channel></rss>".utf8)
        try bytes.write(to: sandbox.file("ucs4.xml"))
        let parse = try sandbox.run(["parse", "--json", "ucs4.xml"])
        #expect(parse.status == 0)
        #expect(parse.stdout.contains(#""bozo": true, "bozo_reason": "line 1: switching encoding: encoder error""#))
        #expect(parse.stderr == "")
    }

    @Test func nothingToParseIsAUsageErrorAndAMissingListNamesIt() throws {
        let sandbox = try Sandbox()
        let none = try sandbox.run(["parse", "--summary"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("--files-from"))
        let missing = try sandbox.run(["parse", "--summary", "--files-from", "absent.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("absent.txt: cannot read the path list"))
    }
}
