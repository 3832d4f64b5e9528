import BriefingPipeline
import Foundation
import Testing

/// `briefing parse` takes directories and path lists besides paths.
@Suite struct FeedFilePathsTests {
    /// A folder with feed files, a hidden one, a README, a sub-folder named like a feed and links.
    private func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("nested.xml"), withIntermediateDirectories: true)
        for name in ["b.rss", "a.xml", "C.atom", "feed.JSON", ".hidden.xml", "README.md", "notes"] {
            try Data("<rss/>".utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data("<rss/>".utf8).write(to: folder.appendingPathComponent("nested.xml/inner.xml"))
        // Links count as what they point to: a linked file is a feed file, a linked folder not.
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("alias.rss").path, withDestinationPath: "a.xml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("folder.xml").path, withDestinationPath: "nested.xml")
        return folder
    }

    @Test func aDirectoryStandsForItsFeedFilesSortedByNameAndNotRecursing() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try FeedFilePaths.expanding(["first.xml", folder.path, "last.xml"])
        #expect(
            paths == ["first.xml"]
                + ["C.atom", "a.xml", "alias.rss", "b.rss", "feed.JSON"].map { folder.path + "/" + $0 } + ["last.xml"])
        #expect(try FeedFilePaths.expanding([folder.path + "/"]).first == folder.path + "/C.atom")
    }

    @Test func aPathThatIsNoDirectoryIsKeptForTheParseToReport() throws {
        #expect(try FeedFilePaths.expanding(["/no/such/file.xml"]) == ["/no/such/file.xml"])
    }

    @Test func aPathListNamesOneFilePerLineSkippingBlankOnes() throws {
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: list) }
        try Data("a.xml\n\n  b.xml  \r\nc d.xml\n".utf8).write(to: list)
        #expect(try FeedFilePaths.listed(in: list.path) == ["a.xml", "b.xml", "c d.xml"])
    }

    /// `--files-from <(find …)`: the list is a pipe, which has no size to read up to.
    @Test func aPathListCanBeAPipe() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            handle?.write(Data("a.xml\nb.xml\n".utf8))
            try? handle?.close()
        }
        writer.start()
        // Should the list not be read, this open lets the writer finish instead of waiting forever.
        defer { close(open(fifo, O_RDONLY | O_NONBLOCK)) }
        #expect(try FeedFilePaths.listed(in: fifo) == ["a.xml", "b.xml"])
    }

    @Test func aMissingPathListIsOneErrorNamingIt() throws {
        #expect {
            try FeedFilePaths.listed(in: "/no/such/list")
        } throws: { error in
            (error as? FeedFilePathsError)?.message == "/no/such/list: cannot read the path list; check the path"
        }
    }
}
