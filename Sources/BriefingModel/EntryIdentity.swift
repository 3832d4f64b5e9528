/// The stable identity of an entry within its feed, so repeated fetches never duplicate it.
///
/// The feed's own id (RSS `guid`, Atom `id`, JSON Feed `id`) wins; else the link; else a hash of
/// title and content. Each kind carries a prefix (`id:`, `link:`, `hash:`) so an id that looks like
/// a link, or a link that looks like a hash, never collides with a key of another kind.
public enum EntryIdentity {
    /// The key for an entry: `id:<id>`, else `link:<link>`, else `hash:<16 hex digits>`.
    ///
    /// Blank ids and links count as absent. The hash is FNV-1a 64 over the UTF-8 of title and
    /// content separated by a NUL byte (so `("ab", "c")` and `("a", "bc")` differ); it is stable
    /// across runs and platforms, unlike `Hasher`.
    public static func key(id: String?, link: String?, title: String?, content: String?) -> String {
        if let id = nonBlank(id) { return "id:" + id }
        if let link = nonBlank(link) { return "link:" + link }
        return "hash:" + fnv1a64Hex(title: title ?? "", content: content ?? "")
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let text else { return nil }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        return String(text[first...last])
    }

    private static func fnv1a64Hex(title: String, content: String) -> String {
        var hash = FNV1a64()
        hash.mix(title.utf8)
        hash.mix(CollectionOfOne(0))
        hash.mix(content.utf8)
        return hash.hex
    }
}
