/// Chinese numerals for counts in headlines: 两 for 2 (as in `两则`), 三, 四 … 十, 十一 … 九十九.
enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The count as written before a measure word (`两则`, `三则`); plain digits from 100 on.
    static func count(_ value: Int) -> String {
        switch value {
        case 2: return "两"
        case 0...9: return digits[value]
        case 10...99:
            let tens = value / 10 == 1 ? "十" : digits[value / 10] + "十"
            return value % 10 == 0 ? tens : tens + digits[value % 10]
        default: return "\(value)"
        }
    }
}
