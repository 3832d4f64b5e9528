import Foundation
import Testing

@testable import BriefingFetch

/// Serialized so the two large transfers never overlap and the memory figures stay this test's own.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct SizeCapTests {
    private static let cap = 8 << 20
    private let fetcher = FeedFetcher()

    private func fetchMeasuringMemory(_ url: String) async -> (FetchOutcome, growth: Int) {
        let before = ResourceUsage.residentBytes()
        ResourceUsage.resetPeak()
        let outcome = await fetcher.fetch(FetchRequest(feed: "f", url: url, maxBytes: Self.cap))
        return (outcome, ResourceUsage.peakResidentBytes() - before)
    }

    @Test func gzipBombStopsAtTheDecodedCap() async throws {
        try await TestServer.with { server in
            // 256 MiB of zeros, about 250 KiB on the wire.
            let (outcome, growth) = await fetchMeasuringMemory(server.url("/bomb/256"))
            #expect(outcome.failure?.kind == .tooLarge(cap: Self.cap))
            #expect(growth < 3 * Self.cap)
        }
    }

    @Test func hugeBodyWithoutLengthStopsAtTheCap() async throws {
        try await TestServer.with { server in
            let (outcome, growth) = await fetchMeasuringMemory(server.url("/big/200"))
            #expect(outcome.failure?.kind == .tooLarge(cap: Self.cap))
            #expect(growth < 3 * Self.cap)
        }
    }

    @Test func declaredLengthPastTheCapStopsBeforeTheBody() async throws {
        try await TestServer.with { server in
            let (outcome, growth) = await fetchMeasuringMemory(server.url("/big-length/200"))
            #expect(outcome.failure?.kind == .tooLarge(cap: Self.cap))
            #expect(growth < 3 * Self.cap)
        }
    }

    @Test func bodyJustUnderTheCapIsKept() async throws {
        try await TestServer.with { server in
            let request = FetchRequest(feed: "f", url: server.url("/big-length/1"), maxBytes: 1 << 20)
            #expect(await fetcher.fetch(request).document?.body.count == 1 << 20)
        }
    }
}
