/// The commented feeds.yaml that `briefing init` writes for a new team.
public enum StarterConfig {
    /// A complete, valid feeds.yaml: the settings with their defaults, three real feeds and one rule.
    public static var text: String { text(contact: nil) }

    /// The starter with `fetch.contact` set to `contact` (an e-mail address or URL of the user's), or
    /// left as a commented line to fill in when nil.
    public static func text(contact: String?) -> String {
        let line =
            contact.map { "  contact: \(YAMLScalarText.quoted($0))" }
            ?? "  # contact: editors@example.org   # uncomment with your own address"
        return template.replacingOccurrences(of: "  {contact}", with: line)
    }

    private static let template = #"""
        # feeds.yaml — what briefing reads, and how it writes the monthly draft.
        # Every key is optional except `feeds`; `briefing check-config` validates this file.

        # Title of each draft; {year} and {month} (two digits) are filled in.
        title: "{year}.{month} 云原生相关信息简报"
        # IANA time zone for month boundaries and the dates in the draft.
        timezone: Asia/Shanghai
        # SQLite store and drafts folder, relative to this file.
        store: briefing.sqlite
        drafts: drafts
        # A custom Markdown template for drafts (relative to this file); null uses the built-in one.
        template: null

        # How feeds are fetched. Durations: 500ms, 30s, 2m, 1h. Sizes: 512KiB, 16MiB, 10MB.
        fetch:
          concurrency: 8          # feeds fetched at once
          per_host: 2             # requests at once to one host
          timeout: 30s            # whole request
          connect_timeout: 10s
          max_bytes: 16MiB        # largest response accepted
          failure_threshold: 5    # failures in a row before `briefing feeds` flags a feed
          quiet_after: 90d        # no new entry for this long: `briefing feeds` marks the feed quiet
          # Your e-mail address or site, sent in the User-Agent as `briefing/VERSION (+CONTACT)` so a
          # feed's owner can reach you instead of blocking you. Without it: just `briefing/VERSION`.
          {contact}
          # user_agent: "…"       # replaces the whole User-Agent (a feed may set its own)

        # How entries are sorted and chosen.
        classify:
          review_threshold: 0.5   # below this confidence an item is marked for review
          body_items: 60          # items in the whole body, best score first across sections
          section_cap: 20         # items per section; the rest go to "more candidates"
          section_caps: {releases: 15}
          similarity: 0.6         # title similarity that makes two entries one story
          vocabulary: []          # extra topic words; empty uses the built-in cloud-native list

        # The feeds. kind: project (a project's own feed) or news (default).
        # releases (project feeds): all | minor (default) | major.
        # section forces one section: releases, news, discussion, reports, products, fun.
        feeds:
          - name: Kubernetes Blog
            url: https://kubernetes.io/feed.xml
            kind: project
          - name: etcd
            url: https://github.com/etcd-io/etcd/releases.atom
            kind: project
            section: releases
            releases: minor
          - name: CNCF Blog
            url: https://www.cncf.io/feed/
            kind: news
            # enabled: false      # keep a feed listed without fetching it

        # Rules, in order; the first that matches decides. Conditions look at title, summary, url,
        # author, categories, feed, kind or text with {regex: "…"} or {keywords: [...]}, combined
        # with all, any and not. then: a section, drop, or {boost: 0.5}.
        rules:
          - when: {title: {regex: "(?i)\\bmemes?\\b"}}
            then: fun
          - when: {title: {keywords: [webinar, "register now"]}}
            then: drop

        """#
}
