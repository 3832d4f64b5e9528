import BriefingModel
import Foundation

/// Reading a draft file a person hands to `learn`: its text, or one clear reason it has none.
enum DraftFile {
    /// The UTF-8 text of the file at `path`.
    static func text(at path: String) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { throw PipelineError.draftMissing(path) }
        if data.prefix(8192).contains(0) { throw LearnError.binary(path) }
        guard let text = String(data: data, encoding: .utf8) else { throw LearnError.notUTF8(path) }
        return text
    }

    /// The month a draft is of: `YYYY-MM` in its file name, else `YYYY.MM` or `YYYY-MM` in its first lines.
    static func month(named path: String, text: String) -> Month? {
        let name = (path as NSString).lastPathComponent
        if let month = firstMonth(in: name) { return month }
        for line in text.split(whereSeparator: \.isNewline).prefix(5) {
            if let month = firstMonth(in: String(line)) { return month }
        }
        return nil
    }

    private static func firstMonth(in text: String) -> Month? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 7 else { return nil }
        for start in 0...(scalars.count - 7) {
            let slice = scalars[start..<start + 7]
            let digits = slice.enumerated().allSatisfy { index, byte in
                index == 4 ? (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) : (48...57).contains(byte)
            }
            guard digits, start + 7 == scalars.count || !(48...57).contains(scalars[start + 7]) else { continue }
            let year = Int(String(decoding: slice.prefix(4), as: UTF8.self)) ?? 0
            let month = Int(String(decoding: slice.suffix(2), as: UTF8.self)) ?? 0
            if let found = Month(year: year, month: month), (2000...2100).contains(year) { return found }
        }
        return nil
    }
}
