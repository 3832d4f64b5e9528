import BriefingModel
import Testing

@testable import BriefingConfig

/// The User-Agent is `briefing/VERSION` plus the user's own `fetch.contact`, never anybody else's page.
@Suite struct UserAgentTests {
    private func fetch(_ yaml: String) throws -> FetchSettings {
        try ConfigLoader.parse(yaml, path: "/srv/briefing/feeds.yaml").fetch
    }

    @Test func withoutAContactTheAgentNamesOnlyTheTool() throws {
        #expect(try fetch("feeds: []\n").userAgent == "briefing/\(BriefingVersion.current)")
        #expect(FetchSettings().userAgent == "briefing/\(BriefingVersion.current)")
        #expect(!FetchSettings.defaultUserAgent.contains("http"))
    }

    @Test func anEmailContactIsAMailtoLink() throws {
        let settings = try fetch("fetch: {contact: editors@example.org}\n")
        #expect(settings.contact == "editors@example.org")
        #expect(settings.userAgent == "briefing/\(BriefingVersion.current) (+mailto:editors@example.org)")
    }

    @Test func aURLContactIsNamedAsWritten() throws {
        let settings = try fetch("fetch:\n  contact: https://briefing.example.org/about\n")
        #expect(settings.userAgent == "briefing/\(BriefingVersion.current) (+https://briefing.example.org/about)")
    }

    @Test func anExplicitUserAgentWinsOverTheContact() throws {
        let settings = try fetch("fetch: {user_agent: \"team-bot/2\", contact: a@example.org}\n")
        #expect(settings.userAgent == "team-bot/2")
        #expect(settings.contact == "a@example.org")
    }

    @Test(arguments: ["editors", "ftp://example.org/", "a b@example.org", "x@localhost", "me@example.org)"])
    func aContactThatIsNoAddressIsRejectedWithItsLine(contact: String) {
        let yaml = "title: t\nfetch:\n  contact: \"\(contact)\"\n"
        let error = #expect(throws: ConfigError.self) { _ = try fetch(yaml) }
        #expect(
            error?.message
                == "fetch.contact: '\(contact)' is neither an e-mail address nor an http(s) URL; write the editors' "
                + "own address, like editors@example.org or https://briefing.example.org (/srv/briefing/feeds.yaml:3)")
    }

    @Test func theStarterWritesTheContactItIsGiven() throws {
        let with = try ConfigLoader.parse(StarterConfig.text(contact: "desk@example.org"), path: "/t/feeds.yaml")
        #expect(with.fetch.userAgent == "briefing/\(BriefingVersion.current) (+mailto:desk@example.org)")
        let without = try ConfigLoader.parse(StarterConfig.text, path: "/t/feeds.yaml")
        #expect(without.fetch.contact == nil)
        #expect(StarterConfig.text.contains("# contact: editors@example.org"))
        #expect(!StarterConfig.text.contains("github.com/briefing"))
    }
}
