import BriefingModel

/// Reads an XML feed document (already UTF-8) through the SAX driver.
enum XMLFeedReader {
    /// The feed, and whether libxml2 met an invalid character (possibly bad UTF-8).
    ///
    /// Most feeds write every `&` correctly, so the document is parsed as it is first; only when
    /// libxml2 reports a broken reference is it repaired (`AmpersandRepair`) and parsed again.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, baseURL: String?) -> (
        feed: ParsedFeed, sawInvalidCharacter: Bool
    ) {
        var builder = FeedBuilder(documentURL: baseURL)
        guard SAXDriver.run(bytes, builder: &builder) else {
            return (ParsedFeed(format: .unknown, bozo: true, bozoReason: "libxml2 could not start parsing"), false)
        }
        if builder.sawReferenceError, let repaired = AmpersandRepair.repaired(bytes) {
            var second = FeedBuilder(documentURL: baseURL)
            second.markBozo("an & that starts no valid reference was read as text")
            if repaired.withUnsafeBufferPointer({ SAXDriver.run($0, builder: &second) }) { builder = second }
        }
        return (builder.result(), builder.sawInvalidCharacter)
    }
}
