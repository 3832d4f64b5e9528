/// Finds the `]` that closes a flow sequence, skipping quoted text, nested brackets and comments.
enum FlowScanner {
    /// Where the closing bracket is (line index, scalar offset) and what precedes it.
    struct Close {
        var line: Int
        var column: Int
        /// Nothing but white space and comments between the brackets.
        var isEmpty: Bool
        /// The last significant character before `]` is a comma.
        var endsWithComma: Bool
    }

    /// The bracket matching the `[` at (`line`, `column`), both 0-based, columns in Unicode scalars.
    static func matchingBracket(_ lines: [String], line: Int, column: Int) -> Close? {
        var depth = 0
        var quote: Unicode.Scalar?
        var escaped = false
        var last: Unicode.Scalar?
        for lineIndex in line..<lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            var index = lineIndex == line ? column : 0
            while index < scalars.count {
                let scalar = scalars[index]
                defer { index += 1 }
                if let open = quote {
                    if escaped {
                        escaped = false
                    } else if scalar == "\\" && open == "\"" {
                        escaped = true
                    } else if scalar == open {
                        quote = nil
                    }
                    continue
                }
                if scalar == "#", index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" { break }
                switch scalar {
                case "\"", "'": quote = scalar
                case "[", "{": depth += 1
                case "]", "}":
                    depth -= 1
                    if depth == 0 {
                        return Close(line: lineIndex, column: index, isEmpty: last == "[", endsWithComma: last == ",")
                    }
                default: break
                }
                if scalar != " " && scalar != "\t" && scalar != "\r" { last = scalar }
            }
        }
        return nil
    }
}
