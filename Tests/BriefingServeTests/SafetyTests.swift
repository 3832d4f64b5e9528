import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingServe

/// Escaping, CSRF, body caps, error pages and the token rule.
@Suite(.serialized) struct SafetyTests {
    @Test func aHostileTitleIsEscapedAndItsJavascriptLinkIsNotALink() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        try HostileEntry.store(in: demo)
        try await demo.serve { client in
            for uri in ["/month/2025-05", "/month/2025-05/candidates", "/month/2025-05/draft"] {
                let page = try await client.get(uri)
                #expect(page.status == .ok)
                #expect(!page.body.contains("<script>alert"), "\(uri)")
                #expect(!page.body.contains("<img src=x"), "\(uri)")
                #expect(!page.body.contains("href=\"javascript:"), "\(uri)")
            }
            // Shown, as text, wherever the classifier put it.
            let issue = try await client.get("/month/2025-05")
            let candidates = try await client.get("/month/2025-05/candidates?q=alert")
            #expect((issue.body + candidates.body).contains("&lt;script&gt;alert(1)&lt;/script&gt; Kubernetes"))
        }
    }

    @Test func aPostWithoutTheCSRFTokenIsRefusedAndRecordsNothing() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let istio = try demo.item(titled: "Istio 1.26.0")
        try await demo.serve { client in
            let refused = try await client.post(
                "/month/2025-05/act", ["action": "drop", "entries": String(istio.lead.id)], csrf: false)
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains(ServeError.csrfRefused.message))
            let forged = try await client.post(
                "/month/2025-05/act", ["action": "drop", "entries": String(istio.lead.id), "csrf": "0123456789abcdef"],
                csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try demo.labels().isEmpty)
        }
    }

    @Test func anOversizedBodyIsRefusedWithOneLine() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        try await demo.serve { client in
            let big = String(repeating: "长", count: 40_000)
            let refused = try await client.post(
                "/month/2025-05/act", ["action": "text", "entries": "1", "summary": big])
            #expect(refused.status == .contentTooLarge)
            #expect(refused.body.contains("the form is larger than 64 KiB"))
            #expect(try ItemTextBook(workspace: demo.workspace).texts().isEmpty)
        }
    }

    @Test func unknownPagesAndBadMonthsAreOneLineErrorPages() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        try await demo.serve { client in
            let missing = try await client.get("/etc/passwd")
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("no page at /etc/passwd"))
            let month = try await client.get("/month/2025-13")
            #expect(month.status == .badRequest)
            #expect(month.body.contains("'2025-13' is not a month; write YYYY-MM"))
            let action = try await client.post("/month/2025-05/act", ["action": "explode", "entries": "1"])
            #expect(action.status == .badRequest)
            #expect(action.body.contains("unknown action"))
        }
    }

    @Test func aRedirectTargetOutsideTheSiteIsReplaced() {
        #expect(PageResponse.safeBack("//evil.example/", fallback: "/") == "/")
        #expect(PageResponse.safeBack("https://evil.example/", fallback: "/") == "/")
        #expect(PageResponse.safeBack("/month/2025-05#item-4", fallback: "/") == "/month/2025-05#item-4")
    }

    @Test func anyHostButLoopbackNeedsAToken() throws {
        #expect(throws: ServeError.tokenRequired(host: "0.0.0.0")) {
            try ServeOptions(host: "0.0.0.0").checked()
        }
        #expect(throws: Never.self) { try ServeOptions(host: "127.0.0.1").checked() }
        #expect(throws: Never.self) { try ServeOptions(host: "0.0.0.0", token: "a-long-enough-secret").checked() }
        #expect(
            ServeOptions(host: "0.0.0.0", token: "a-long-enough-secret").loginURL(port: 8080)
                == "http://0.0.0.0:8080/login?token=a-long-enough-secret")
    }

    @Test func withATokenEveryPageNeedsTheCookieTheLoginURLSets() async throws {
        let demo = try await DemoWorkspace.make()
        defer { demo.remove() }
        let token = "a-long-enough-secret"
        try await demo.serve(ServeOptions(host: "0.0.0.0", token: token)) { client in
            let refused = try await client.get("/month/2025-05")
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains("needs its login URL"))
            let wrong = try await client.get("/login?token=guess")
            #expect(wrong.status == .forbidden)
            let login = try await client.client.execute(uri: "/login?token=\(token)", method: .get) { $0 }
            #expect(login.status == .seeOther)
            let cookie = try #require(login.headers[.setCookie])
            #expect(cookie.hasPrefix("briefing_token=\(token)"))
            #expect(cookie.contains("HttpOnly"))
            var admitted = client
            admitted.cookie = "briefing_token=\(token)"
            #expect(try await admitted.get("/month/2025-05").status == .ok)
        }
    }

    @Test func theTokenInFeedsYamlIsTheDefault() async throws {
        let demo = try await DemoWorkspace.make { $0 + "\nserve: {token: from-feeds-yaml-0123}\n" }
        defer { demo.remove() }
        #expect(demo.workspace.config.serve.token == "from-feeds-yaml-0123")
        try await demo.serve(ServeOptions(host: "0.0.0.0")) { client in
            let page = try await client.get("/")
            #expect(page.status == .forbidden)
        }
    }
}

/// An entry whose feed tried markup and a script link.
enum HostileEntry {
    static func store(in demo: DemoWorkspace) throws {
        let draft = EntryDraft(
            key: "hostile", url: "javascript:alert(1)", normalizedURL: nil,
            title: "<script>alert(1)</script> Kubernetes <img src=x onerror=alert(2)>", author: nil,
            published: ISO8601DateFormatter().date(from: "2025-05-10T08:00:00Z"), updated: nil,
            summary: "<script>alert(3)</script>\"'&", content: nil, categories: [])
        try demo.workspace.store.storeFetchedEntries(
            [draft], forFeed: "cncf", health: FeedHealth(url: "file://./feeds/cncf.xml"), at: Date())
        _ = try MonthClassifier(workspace: demo.workspace).classify(DemoWorkspace.may)
    }
}
