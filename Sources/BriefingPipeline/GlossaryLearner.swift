import BriefingCompose
import BriefingModel
import Foundation

/// Finds, in the items of a finished draft, the text editors write about a project the same way
/// every month: the "X 是什么" paragraph, "典型适用场景", a news group's "背景", and the headline
/// pattern of a release (`Istio 1.26 发布：…` → `Istio {version} 发布`). It knows them by the
/// sub-headings of the reference layout, never by a project's name.
struct GlossaryLearner {
    /// The sub-headings of the reference issue: where one remembered text ends.
    static let subHeadings: Set<String> = [
        "典型适用场景", "新特性速览", "简介", "特点", "拓展阅读", "背景", "最新情况", "相关讨论", "为什么收购", "其他收购行为",
        "开发背景 & 解决问题", "安全", "新功能", "性能相关", "Breaking changes", "主要更新包括", "优点", "再次开源",
    ]
    private static let intro = "是什么"
    private static let groupMarker = " 相关的"

    let month: String
    let now: Date

    /// What `item` remembers, keyed by the project the item introduces.
    func entries(in item: ReadItem) -> [GlossaryEntry] {
        let lines = item.lines.map(Self.clean).filter { !$0.isEmpty }
        var found: [GlossaryEntry] = []
        let group = Self.organisation(ofGroupHeadline: item.headline)
        var name = group ?? Self.releaseName(in: item.headline)?.name
        for (index, line) in lines.enumerated() {
            if let introduced = Self.introducedName(line) {
                name = name ?? introduced
                let heading = line
                found.append(entry(introduced, .intro, heading: heading, lines: Self.block(after: index, in: lines)))
            } else if let name, line == "典型适用场景" || (line == "背景" && group != nil) {
                let kind: GlossaryEntry.Kind = line == "背景" ? .background : .scenarios
                found.append(entry(name, kind, heading: line, lines: Self.block(after: index, in: lines)))
            }
        }
        if item.section == .releases, let pattern = Self.headlinePattern(item.headline) {
            // The heading keeps the version as the editors wrote it, so a later one is shown alike.
            found.append(entry(pattern.name, .headline, heading: pattern.example, lines: [pattern.text]))
        }
        return found.filter { !$0.lines.isEmpty }
    }

    private func entry(_ name: String, _ kind: GlossaryEntry.Kind, heading: String, lines: [String]) -> GlossaryEntry {
        GlossaryEntry(name: name, kind: kind, heading: heading, lines: lines, month: month, updatedAt: now)
    }

    /// A line without Markdown heading marks, list marks, its `<!-- … -->` comments or the marks briefing adds.
    static func clean(_ line: String) -> String {
        var text = line
        while let open = text.range(of: "<!--"),
            let close = text.range(of: "-->", range: open.upperBound..<text.endIndex)
        {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.drop { $0 == "#" || $0 == " " }.trimmingCharacters(in: .whitespaces)
            .trimmingCharacters(in: CharacterSet(charactersIn: ":："))
    }

    /// `Istio 是什么` → `Istio`; nil for any other line.
    static func introducedName(_ line: String) -> String? {
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "?？ "))
        guard text.hasSuffix(intro), text.count <= 40 else { return nil }
        let name = text.dropLast(intro.count).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// `Nutanix 相关的新闻与访谈三则` → `Nutanix`.
    static func organisation(ofGroupHeadline headline: String) -> String? {
        guard let marker = headline.range(of: groupMarker) else { return nil }
        let name = headline[..<marker.lowerBound].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// The lines after `index` up to the next sub-heading, "X 是什么" line or machine mark.
    private static func block(after index: Int, in lines: [String]) -> [String] {
        Array(
            lines.dropFirst(index + 1).prefix { line in
                !subHeadings.contains(line) && introducedName(line) == nil && !line.hasPrefix(MachineMark.text)
                    && !line.hasPrefix("⚠️") && !line.hasPrefix("版本:")
            })
    }

    /// A release headline's name and version: `Istio 1.26 发布：…` → (`Istio`, `1.26`).
    static func releaseName(in headline: String) -> (name: String, version: Substring)? {
        let words = headline.split(separator: " ")
        guard let index = words.firstIndex(where: isVersion), index > 0 else { return nil }
        return (words[..<index].joined(separator: " "), words[index])
    }

    /// The headline up to its first clause break, with the version as `{version}`.
    static func headlinePattern(_ headline: String) -> (name: String, text: String, example: String)? {
        let head = headline.split(whereSeparator: { "：:，,".contains($0) }).first.map(String.init) ?? headline
        let clause = head.components(separatedBy: " —").first ?? head
        guard let release = releaseName(in: clause) else { return nil }
        let text = clause.replacingOccurrences(of: String(release.version), with: GlossaryEntry.versionSlot)
        return (release.name, text.trimmingCharacters(in: .whitespaces), String(release.version))
    }

    /// `1.26`, `v3.6.0`, `3.0`: digits with at least one dot, an optional leading `v`.
    static func isVersion(_ word: Substring) -> Bool {
        let digits = word.hasPrefix("v") || word.hasPrefix("V") ? word.dropFirst() : word
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
