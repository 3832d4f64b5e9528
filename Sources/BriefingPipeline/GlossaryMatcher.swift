import BriefingCompose
import BriefingModel

/// Finds, for each item of a month's plan, what the editors wrote about its project in an
/// earlier month: by the remembered name as a whole word in the item's titles or feed names.
struct GlossaryMatcher {
    let glossary: [GlossaryEntry]

    /// Notes per planned item (by lead entry id), from texts of months before `plan.month`.
    func notes(for plan: DraftPlan) -> [Int64: ItemNotes] {
        let month = plan.month.description
        let earlier = glossary.filter { $0.month < month || $0.month == GlossaryEntry.editedMonth }
        guard !earlier.isEmpty else { return [:] }
        var notes: [Int64: ItemNotes] = [:]
        for item in plan.items.values.joined() {
            let texts = Self.texts(of: item)
            let matching = earlier.filter { entry in
                Self.parts(of: entry.name).contains { Self.contains(word: $0, in: texts) }
            }
            guard !matching.isEmpty else { continue }
            var note = ItemNotes(remembered: matching.filter { $0.kind != .headline })
            if item.section == .releases, let version = item.version,
                let pattern = matching.first(where: { $0.kind == .headline }), let text = pattern.lines.first
            {
                note.headline = text.replacingOccurrences(
                    of: GlossaryEntry.versionSlot, with: Self.version(version, shapedLike: pattern.heading))
                note.headlineMonth = pattern.month
            }
            notes[item.lead.id] = note
        }
        return notes
    }

    /// The item's headline, its entries' titles and its feeds' names (`istio-releases` → `istio releases`).
    private static func texts(of item: DraftItem) -> [String] {
        ([item.headline ?? ""] + item.entries.flatMap { [$0.title, $0.feed.replacingOccurrences(of: "-", with: " ")] })
            .map { $0.lowercased() }
    }

    /// `ServiceNow、Data.World` names two organisations; either one matches.
    private static func parts(of name: String) -> [String] {
        name.split(whereSeparator: { "、,，/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }

    /// True when `word` appears in one of `texts` with no letter or digit right before or after it.
    static func contains(word: String, in texts: [String]) -> Bool {
        texts.contains { text in
            var rest = text[...]
            while let found = rest.range(of: word) {
                let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
                let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
                if !isWordCharacter(before) && !isWordCharacter(after) { return true }
                rest = text[found.upperBound...]
            }
            return false
        }
    }

    /// ASCII letters and digits: a CJK character next to a Latin name does not join its word.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    /// `1.27.0` shown like `1.26` → `1.27`; like `v3.6.0` → `v1.27.0`.
    static func version(_ version: String, shapedLike example: String) -> String {
        let bare = version.hasPrefix("v") || version.hasPrefix("V") ? String(version.dropFirst()) : version
        let exampleBare = example.hasPrefix("v") || example.hasPrefix("V") ? example.dropFirst() : example[...]
        let count = exampleBare.split(separator: ".").count
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        let kept = count > 0 && parts.count > count ? parts.prefix(count).joined(separator: ".") : bare
        return (exampleBare.count < example.count ? String(example.prefix(1)) : "") + kept
    }
}
