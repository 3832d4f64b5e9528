import BriefingModel
import Testing

@testable import BriefingConfig

@Suite struct RuleParsingTests {
    private func rules(_ text: String) throws -> [Rule] {
        try ConfigLoader.parse(text, path: "/team/feeds.yaml").rules
    }

    private func message(_ text: String) -> String? {
        do {
            _ = try ConfigLoader.parse(text, path: "feeds.yaml")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func nestedConditionsAndActionsInFileOrder() throws {
        let parsed = try rules(Fixture.text("feeds-full.yaml"))
        let meme = Rule(
            condition: .match(.title, .regex(#"(?i)\bmeme\b"#)), action: .section(.fun), origin: "feeds.yaml:28")
        let security = Rule(
            condition: .any([
                .match(.categories, .keywords(["security", "CVE"])),
                .all([.match(.kind, .keywords(["news"])), .not(.match(.title, .regex("release")))]),
            ]),
            action: .section(.news), origin: "feeds.yaml:30")
        let boost = Rule(
            condition: .all([.match(.url, .keywords(["github.com"])), .match(.text, .keywords(["kubernetes"]))]),
            action: .boost(0.5), origin: "feeds.yaml:35")
        let perFeed = Rule(
            condition: .match(.title, .regex("(?i)rc")), action: .drop, feed: "etcd", origin: "feeds.yaml:21")
        #expect(parsed == [meme, security, boost, perFeed])
    }

    @Test func everyFieldIsAccepted() throws {
        for field in RuleField.allCases {
            let parsed = try rules("rules:\n  - {when: {\(field.rawValue): {keywords: [x]}}, then: drop}\n")
            #expect(parsed.first?.condition == .match(field, .keywords(["x"])))
        }
    }

    @Test func perFeedRulesFollowGlobalOnesEvenWhenWrittenFirst() throws {
        let text = """
            feeds:
              - name: a
                url: https://a.example/feed
                rules: [{when: {title: {keywords: [x]}}, then: releases}]
            rules:
              - {when: {title: {keywords: [y]}}, then: drop}
            """
        let parsed = try rules(text)
        #expect(parsed.map(\.origin) == ["feeds.yaml:6", "feeds.yaml:4"])
        #expect(parsed.map(\.feed) == [nil, "a"])
    }

    @Test func invalidRegexIsAnErrorWithItsLine() {
        let text =
            "rules:\n  - when: {title: {keywords: [a]}}\n    then: fun\n  - when:\n      summary: {regex: \"(unclosed\"}\n    then: fun\n"
        #expect(
            message(text)
                == "rules[1].when.summary.regex: '(unclosed' is not a valid regular expression; "
                + "check its brackets and escapes (feeds.yaml:5)")
    }

    @Test func conditionShapeErrors() {
        #expect(
            message("rules:\n  - when: {title: {regex: a}, url: {regex: b}}\n    then: fun\n")
                == "rules[0].when: a condition has exactly one key (all, any, not or a field), found title, url; "
                + "combine several with all: [...] (feeds.yaml:2)")
        #expect(
            message("rules:\n  - when: {titel: {regex: a}}\n    then: fun\n")
                == "rules[0].when.titel: unknown key; did you mean 'title'? (feeds.yaml:2)")
        #expect(
            message("rules:\n  - when: {title: {regex: a, keywords: [b]}}\n    then: fun\n")
                == "rules[0].when.title: expected exactly one of regex or keywords, found 2 (feeds.yaml:2)")
        #expect(
            message("rules:\n  - when: {any: []}\n    then: fun\n")
                == "rules[0].when.any: needs at least one condition (feeds.yaml:2)")
        #expect(
            message("rules:\n  - when: {title: {keywords: []}}\n    then: fun\n")
                == "rules[0].when.title.keywords: needs at least one keyword (feeds.yaml:2)")
        #expect(
            message("rules:\n  - then: fun\n") == "rules[0]: missing required key 'when' (feeds.yaml:2)")
    }

    @Test func actionErrors() {
        #expect(
            message("rules:\n  - when: {title: {regex: a}}\n    then: fnu\n")
                == "rules[0].then: 'fnu' is not a section, drop or {boost: N}; did you mean 'fun'? (feeds.yaml:3)")
        #expect(
            message("rules:\n  - when: {title: {regex: a}}\n    then: somewhere\n")
                == "rules[0].then: 'somewhere' is not one of releases, news, discussion, reports, products, fun, "
                + "drop or {boost: N} (feeds.yaml:3)")
        #expect(
            message("rules:\n  - when: {title: {regex: a}}\n    then: {boost: high}\n")
                == "rules[0].then.boost: expected a number, got 'high' (feeds.yaml:3)")
        #expect(
            message(
                "feeds:\n  - name: a\n    url: https://a/\n    rules:\n      - when: {title: {regex: a}}\n        then: {bost: 1}\n"
            )
                == "feeds[0].rules[0].then.bost: unknown key; did you mean 'boost'? (feeds.yaml:6)")
    }
}
