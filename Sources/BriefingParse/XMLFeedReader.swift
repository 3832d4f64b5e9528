import BriefingModel

/// Reads an XML feed document (already UTF-8) through the SAX driver.
enum XMLFeedReader {
    /// The feed, and whether libxml2 met an invalid character (possibly bad UTF-8).
    static func read(_ bytes: [UInt8], baseURL: String?) -> (feed: ParsedFeed, sawInvalidCharacter: Bool) {
        var builder = FeedBuilder(documentURL: baseURL)
        let repaired = AmpersandRepair.repaired(bytes)
        if repaired != nil { builder.markBozo("an & that starts no valid reference was read as text") }
        guard SAXDriver.run(repaired ?? bytes, builder: &builder) else {
            return (ParsedFeed(format: .unknown, bozo: true, bozoReason: "libxml2 could not start parsing"), false)
        }
        return (builder.result(), builder.sawInvalidCharacter)
    }
}
