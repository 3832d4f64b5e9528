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
