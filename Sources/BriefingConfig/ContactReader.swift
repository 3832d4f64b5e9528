import Foundation

/// Reads `fetch.contact`: the e-mail address or http(s) URL that the User-Agent names, so a feed's
/// owner can reach the editors instead of blocking them.
enum ContactReader {
    static func read(_ node: ConfigNode) throws(ConfigError) -> String? {
        guard let contact = try node.optionalString() else { return nil }
        guard isEmailAddress(contact) || isWebAddress(contact) else {
            throw node.error(
                "'\(contact)' is neither an e-mail address nor an http(s) URL; write the editors' own address, "
                    + "like editors@example.org or https://briefing.example.org")
        }
        return contact
    }

    /// `name@host.tld` without spaces, brackets or parentheses (it goes into a header comment).
    private static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value < 0x7F && !"()<>\"".unicodeScalars.contains($0)
        }
    }

    private static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", components.host?.isEmpty == false
        else { return false }
        return !text.contains(" ") && !text.contains(")")
    }
}
