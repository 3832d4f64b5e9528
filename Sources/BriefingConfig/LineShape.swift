/// Line-level facts about YAML text: indentation, comments, where a block list ends.
enum LineShape {
    static func indentation(of line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "\r"
    }

    static func isComment(_ line: String) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#")
    }

    /// The column the keys of an item start at: `  - name: x` → 4.
    static func itemContentIndent(_ line: String, dashIndent: Int) -> Int {
        let afterDash = line.dropFirst(dashIndent + 1)
        return dashIndent + 1 + afterDash.prefix { $0 == " " }.count
    }

    /// The index of the last line that belongs to the block list starting at line `first`:
    /// its last content line, or a comment indented inside the list after it. Comments at the
    /// key's own indentation stay with whatever follows.
    static func lastLineOfList(_ lines: [String], from first: Int, keyIndent: Int, dashIndent: Int) -> Int {
        var anchor = first
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            if isBlankOrComment(line) {
                if isComment(line), indentation(of: line) > keyIndent { anchor = index }
                index += 1
                continue
            }
            let indent = indentation(of: line)
            let isItem =
                indent == dashIndent && line.dropFirst(indent).hasPrefix("-")
                && !line.dropFirst(indent).hasPrefix("---")
            guard indent > keyIndent || isItem else { break }
            anchor = index
            index += 1
        }
        return anchor
    }
}
