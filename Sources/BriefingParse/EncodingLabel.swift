/// Maps the encoding labels feeds use (Python codec names included) to glibc iconv names.
enum EncodingLabel {
    static func iconvName(for label: String) -> String {
        var name = label.trimmingXMLSpace().lowercased().underscoresAsHyphens()
        if let alias = aliases[name] { return alias }
        if name.allSatisfy(\.isNumber) { name = "cp" + name }
        if name.hasPrefix("utf8") { return "UTF-8" }
        return name.uppercased()
    }

    /// Labels glibc does not know under the spelling feeds use. `gb2312` is read as GB18030:
    /// real GB2312 feeds carry GBK characters.
    private static let aliases: [String: String] = [
        "utf-8": "UTF-8", "utf8": "UTF-8", "unicode-1-1-utf-8": "UTF-8",
        "utf-16": "UTF-16", "utf-32": "UTF-32",
        "gb2312": "GB18030", "gbk": "GB18030", "x-gbk": "GB18030", "chinese": "GB18030",
        "csgb2312": "GB18030", "euc-cn": "GB18030",
        "cp-is": "CP861", "csibm861": "CP861", "ibm039": "IBM037",
        "macroman": "MACINTOSH", "mac-roman": "MACINTOSH", "x-mac-roman": "MACINTOSH",
        "maclatin2": "MAC-CENTRALEUROPE", "maccentraleurope": "MAC-CENTRALEUROPE",
        "maciceland": "MAC-IS", "mac-iceland": "MAC-IS",
        "x-mac-cyrillic": "MAC-CYRILLIC",
        "latin1": "ISO-8859-1", "latin-1": "ISO-8859-1",
        "ks-c-5601-1987": "CP949", "x-sjis": "SHIFT_JIS", "shift-jis": "SHIFT_JIS",
        // Not in glibc: read through MacCodePages.
        "mac-greek": "MACGREEK", "x-mac-greek": "MACGREEK", "mac-turkish": "MACTURKISH",
        "x-mac-turkish": "MACTURKISH", "mac-croatian": "MACCROATIAN", "x-mac-croatian": "MACCROATIAN",
        "macromanian": "MACROMANIA", "mac-romanian": "MACROMANIA", "x-mac-romanian": "MACROMANIA",
        "mac-arabic": "MACARABIC", "x-mac-arabic": "MACARABIC", "mac-farsi": "MACFARSI", "x-mac-farsi": "MACFARSI",
    ]
}
