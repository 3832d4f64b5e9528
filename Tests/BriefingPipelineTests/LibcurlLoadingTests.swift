import Foundation
import Testing

#if os(Linux)
    /// The built binary loads libcurl and its libraries only for a command that fetches: glibc's
    /// loader, asked to (`LD_DEBUG=libs`), names on standard error every library it opens.
    @Suite struct LibcurlLoadingTests {
        @Test func parseStartsWithoutLibcurl() throws {
            let sandbox = try Sandbox()
            try sandbox.serve("news.rss")
            let parse = try sandbox.run(["parse", "--summary", "served/news.rss"], environment: ["LD_DEBUG": "libs"])
            #expect(parse.status == 0, "stderr: \(parse.stderr)")
            #expect(parse.stderr.contains("libxml2.so"), "the loader's list is there")
            #expect(!parse.stderr.contains("libcurl"))
        }

        @Test func runOpensLibcurlForItsFetches() throws {
            let (sandbox, server) = try Sandbox.servingTwoFeeds()
            defer { withExtendedLifetime(server) {} }
            let run = try sandbox.run(["run", "--month", "2025-05"], environment: ["LD_DEBUG": "libs"])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.contains("2 feeds, 4 new entries, 0 failed"))
            #expect(run.stderr.contains("libcurl.so.4"))
        }
    }
#endif
