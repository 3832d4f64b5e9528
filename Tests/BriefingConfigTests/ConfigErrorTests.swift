import BriefingModel
import Testing

@testable import BriefingConfig

/// Every kind of config error, asserted verbatim: key path, problem, what is allowed, file and line.
@Suite struct ConfigErrorTests {
    private func message(_ text: String, path: String = "feeds.yaml") -> String? {
        do {
            _ = try ConfigLoader.parse(text, path: path)
            return nil
        } catch {
            #expect(error.exitStatus == .invalidConfig)
            return error.message
        }
    }

    private let twoFeeds = """
        feeds:
          - name: etcd
            url: https://github.com/etcd-io/etcd/releases.atom
          - name: cncf
            url: https://www.cncf.io/feed/

        """

    @Test func timeZoneAbbreviationsAndOffsetsAreErrorsThatSuggestTheZone() {
        #expect(
            message("timezone: CST\n")
                == "timezone: 'CST' is ambiguous; for China Standard Time write Asia/Shanghai (US Central is America/Chicago) (feeds.yaml:1)"
        )
        #expect(
            message("timezone: PST\n")?.hasPrefix(
                "timezone: 'PST' is an abbreviation; for US Pacific time write America/Los_Angeles") == true)
        #expect(message("timezone: EST\n")?.contains("America/New_York") == true)
        #expect(message("timezone: UTC+8\n")?.contains("for China time write Asia/Shanghai") == true)
        #expect(message("timezone: UTC\n") == nil)
        #expect(message("timezone: Asia/Shanghai\n") == nil)
    }

    @Test func badEnumValueNamesKeyLineAndAllowedValues() {
        let text = twoFeeds + "  - name: blog\n    url: https://b.example/feed\n    kind: blog\n"
        #expect(message(text) == "feeds[2].kind: 'blog' is not one of project, news (feeds.yaml:8)")
        let section = twoFeeds + "  - {name: b, url: 'https://b.example/', section: release}\n"
        #expect(
            message(section)
                == "feeds[2].section: 'release' is not one of releases, news, discussion, reports, products, fun "
                + "(feeds.yaml:6)")
        #expect(
            message("feeds:\n  - {name: b, url: 'https://b/', releases: patch}\n")
                == "feeds[0].releases: 'patch' is not one of all, minor, major (feeds.yaml:2)")
    }

    @Test func fileIsNamedAsTheUserGaveIt() {
        #expect(
            message("timezone: 3\n", path: "conf/team.yaml")
                == "timezone: '3' is not a known IANA time zone; use a name like Asia/Shanghai or UTC (conf/team.yaml:1)"
        )
    }

    @Test func unknownKeysSuggestTheClosest() {
        #expect(message("feeds: []\ntimzone: UTC\n") == "timzone: unknown key; did you mean 'timezone'? (feeds.yaml:2)")
        #expect(
            message(twoFeeds + "    sectoin: news\n")
                == "feeds[1].sectoin: unknown key; did you mean 'section'? (feeds.yaml:6)")
        #expect(
            message("fetch:\n  per-host: 2\n") == "fetch.per-host: unknown key; did you mean 'per_host'? (feeds.yaml:2)"
        )
        #expect(
            message("classify: {colour: red}\n")
                == "classify.colour: unknown key; allowed keys are review_threshold, section_cap, section_caps, "
                + "similarity, vocabulary, min_score, more_per_section, body_items, review_share (feeds.yaml:1)")
    }

    @Test func unknownTimeZoneSuggestsAName() {
        #expect(
            message("timezone: Asia/Shangai\n")
                == "timezone: 'Asia/Shangai' is not a known IANA time zone; did you mean 'Asia/Shanghai'? (feeds.yaml:1)"
        )
    }

    @Test func duplicateNamesAndURLsNameBothLines() {
        let sameName = twoFeeds + "  - name: ETCD\n    url: https://other.example/feed\n"
        #expect(
            message(sameName)
                == "feeds[2].name: 'ETCD' is used twice, here and by feeds[0] at feeds.yaml:2; "
                + "give each feed its own name (feeds.yaml:6)")
        let sameURL = twoFeeds + "  - name: cncf2\n    url: https://WWW.cncf.io/feed\n"
        #expect(
            message(sameURL)
                == "feeds[2].url: 'https://WWW.cncf.io/feed' is listed twice, here and by feeds[1] at feeds.yaml:5; "
                + "keep one (feeds.yaml:7)")
    }

    @Test func missingAndMistypedValues() {
        #expect(message("feeds:\n  - name: a\n") == "feeds[0]: missing required key 'url' (feeds.yaml:2)")
        #expect(
            message("feeds:\n  - url: https://a.example/\n") == "feeds[0]: missing required key 'name' (feeds.yaml:2)")
        #expect(message("feeds: {a: 1}\n") == "feeds: expected a list, got a mapping (feeds.yaml:1)")
        #expect(
            message("fetch: {concurrency: eight}\n")
                == "fetch.concurrency: expected a whole number, got 'eight' (feeds.yaml:1)")
        #expect(message("fetch: {per_host: 0}\n") == "fetch.per_host: must be at least 1, got 0 (feeds.yaml:1)")
        #expect(
            message("feeds:\n  - {name: a, url: 'https://a/', enabled: maybe}\n")
                == "feeds[0].enabled: expected true or false, got 'maybe' (feeds.yaml:2)")
        #expect(
            message("classify: {similarity: 1.5}\n")
                == "classify.similarity: must be between 0 and 1, got 1.5 (feeds.yaml:1)")
        #expect(message("title: ''\n") == "title: must not be empty (feeds.yaml:1)")
        #expect(message("store:\n") == "store: expected text, got nothing (feeds.yaml:1)")
    }

    @Test func badURLs() {
        #expect(
            message("feeds:\n  - {name: a, url: 'ftp://a.example/feed'}\n")
                == "feeds[0].url: 'ftp://a.example/feed' must start with http://, https:// or file:// (feeds.yaml:2)")
        #expect(
            message("feeds:\n  - {name: a, url: 'https:///feed'}\n")
                == "feeds[0].url: 'https:///feed' is not a valid URL with a host; check it in a browser (feeds.yaml:2)")
    }

    @Test func badDurationsAndSizes() {
        #expect(
            message("fetch:\n  timeout: 30x\n")
                == "fetch.timeout: '30x': unknown unit 'x'; use a number with ms, s, m or h, like 30s or 500ms "
                + "(feeds.yaml:2)")
        #expect(
            message("fetch:\n  timeout: 30\n")
                == "fetch.timeout: '30' has no unit; write 30s for seconds "
                + "(use a number with ms, s, m or h, like 30s or 500ms) (feeds.yaml:2)")
        #expect(
            message("fetch:\n  max_bytes: lots\n")
                == "fetch.max_bytes: 'lots' is not a size; use bytes or a number with KB, MB, GB, KiB, MiB or GiB, "
                + "like 16MiB (feeds.yaml:2)")
        #expect(
            message("feeds:\n  - {name: a, url: 'https://a/', max_bytes: 16QB}\n")
                == "feeds[0].max_bytes: '16QB': unknown unit 'QB'; use bytes or a number with KB, MB, GB, KiB, MiB "
                + "or GiB, like 16MiB (feeds.yaml:2)")
    }

    /// 2^63 ms and more once trapped converting to Int64 (SIGILL) instead of this exit 65.
    @Test func durationsBeyondADayAreRefusedNotTrapped() {
        #expect(
            message("fetch: {timeout: 9223372036854776s}\n")
                == "fetch.timeout: '9223372036854776s' is too long; use at most 3650d (feeds.yaml:1)")
        #expect(
            message("feeds:\n  - {name: a, url: 'https://a/', timeout: 99999999999999999999h}\n")
                == "feeds[0].timeout: '99999999999999999999h' is too long; use at most 3650d (feeds.yaml:2)")
    }

    @Test func yamlSyntaxErrorsNameTheLine() {
        let unclosed = "title: x\nfeeds:\n  - name: \"etcd\n"
        #expect(message(unclosed)?.hasPrefix("invalid YAML: ") == true)
        #expect(message(unclosed)?.hasSuffix("(feeds.yaml:4)") == true)
        #expect(
            message("fetch:\n  timeout: 1s\n  timeout: 2s\n")
                == "invalid YAML: key 'timeout' appears twice in one mapping; keep one (feeds.yaml:2)")
        #expect(
            message("title: a: b\n")
                == "invalid YAML: mapping values are not allowed in this context (feeds.yaml:1)")
    }

    @Test func wholeDocumentShapes() {
        #expect(message("") == "feeds.yaml: the file is empty; start from the one 'briefing init' writes")
        #expect(
            message("- a\n- b\n")
                == "expected a mapping of settings (title, feeds, …) at the top level, got a list (feeds.yaml:1)")
    }

    @Test func shapeErrorsInsideLists() {
        #expect(
            message("feeds:\n  - just-a-string\n")
                == "feeds[0]: expected a mapping with keys name, url, kind, section, releases, enabled, user_agent, "
                + "max_bytes, timeout, weight, rules, got 'just-a-string' (feeds.yaml:2)")
        #expect(
            message("feeds:\n  - {name: [a], url: 'https://a/'}\n")
                == "feeds[0].name: expected text, got a list (feeds.yaml:2)")
        #expect(message("? [a]\n: x\n") == "keys must be plain words, got a list (feeds.yaml:1)")
        #expect(
            message("feeds:\n  - {name: a, url: 'file://'}\n")
                == "feeds[0].url: 'file://' names no file; write file://path/to/feed.xml (feeds.yaml:2)")
        #expect(
            message("classify: {section_caps: {release: 3}}\n")
                == "classify.section_caps.release: unknown key; did you mean 'releases'? (feeds.yaml:1)")
    }

    @Test func yamlEscapesAndTabsAreSyntaxErrors() {
        #expect(
            message("title: \"bad \\q escape\"\n")
                == "invalid YAML: found unknown escape character (while parsing a quoted scalar) (feeds.yaml:1)")
        #expect(
            message("feeds:\n  - name: a\n    url: https://a/\n   bad: indent\n")
                == "invalid YAML: did not find expected '-' indicator (while parsing a block collection) (feeds.yaml:4)"
        )
    }
}
