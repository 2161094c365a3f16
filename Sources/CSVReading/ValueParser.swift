import Common

/// Which reading of `.` and `,` comes first: a `;`-separated file was made with the
/// Vietnamese regional format (`1.234,5`), any other with the US one (`1,234.5`).
public enum NumberDialect: Sendable {
    case vietnamese, us

    public init(delimiter: UInt8) { self = delimiter == UInt8(ascii: ";") ? .vietnamese : .us }

    var decimal: Character { self == .vietnamese ? "," : "." }
    var grouping: Character { self == .vietnamese ? "." : "," }
}

/// Why a cell's text is not a value of its type: a SPEC §4 code and what was expected.
public struct ValueIssue: Error, Sendable, Equatable {
    public let code: String
    /// What the cell should hold, in Vietnamese, with an example.
    public let expected: String

    public init(code: String, expected: String) {
        self.code = code
        self.expected = expected
    }
}

/// A date read from a cell, with the warning its spelling deserves.
public struct DateValue: Sendable, Equatable {
    public let day: Day
    /// `date-two-digit-year` or `date-serial`.
    public let warning: String?
}

/// Parsers from cell text (trimmed, NFC) to typed values (SPEC §2).
public enum ValueParser {
    static func expectedNumber(_ d: NumberDialect, integer: Bool) -> String {
        switch (d, integer) {
        case (.vietnamese, true): return "số nguyên, ví dụ 1234 hoặc 1.234"
        case (.vietnamese, false): return "số, ví dụ 1.234,5 (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân)"
        case (.us, true): return "số nguyên, ví dụ 1234 hoặc 1,234"
        case (.us, false): return "số, ví dụ 1,234.5 (dấu phẩy ngăn hàng nghìn, dấu chấm thập phân)"
        }
    }

    static func ambiguous(_ d: NumberDialect) -> ValueIssue {
        ValueIssue(code: "number-ambiguous", expected: d == .vietnamese
            ? "số theo kiểu Việt Nam: 1.234 (một nghìn hai trăm ba mươi tư) hoặc 1,5 (một phẩy năm)"
            : "số theo kiểu Anh-Mỹ: 1,234 (một nghìn hai trăm ba mươi tư) hoặc 1.5 (một phẩy năm)")
    }

    /// A number as sign, integer digits and fraction digits, or the issue.
    struct Parts { var negative: Bool; var integer: String; var fraction: String }

    static func parts(_ raw: String, dialect: NumberDialect, integer: Bool) -> Result<Parts, ValueIssue> {
        let fail = ValueIssue(code: integer ? "type-int" : "type-decimal", expected: expectedNumber(dialect, integer: integer))
        var text = Substring(raw)
        var negative = false
        if text.first == "-" || text.first == "+" { negative = text.first == "-"; text = text.dropFirst() }
        guard let first = text.first, first.isASCII, first.isNumber,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == " ") }) else { return .failure(fail) }
        if text.contains(" ") {
            // Spaces only as thousands separators: 1 234 567 (,5 allowed after).
            let pieces = text.split(separator: " ", omittingEmptySubsequences: false)
            guard pieces.dropFirst().allSatisfy({ $0.prefix(3).count == 3 && $0.prefix(3).allSatisfy(\.isNumber) }),
                  (1...3).contains(pieces[0].count), pieces[0].allSatisfy(\.isNumber) else { return .failure(fail) }
            text = Substring(pieces.joined())
        }
        let dots = text.filter { $0 == "." }.count, commas = text.filter { $0 == "," }.count
        func grouped(_ s: Substring, by sep: Character) -> String? {
            let groups = s.split(separator: sep, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
            return groups.joined()
        }
        if dots > 0 && commas > 0 {
            // Both: the last one is the decimal separator, the other groups thousands.
            let lastDot = text.lastIndex(of: ".")!, lastComma = text.lastIndex(of: ",")!
            let (dec, grp): (Character, Character) = lastDot > lastComma ? (".", ",") : (",", ".")
            let split = text.split(separator: dec, omittingEmptySubsequences: false)
            guard split.count == 2, !split[1].isEmpty, split[1].allSatisfy(\.isNumber), let int = grouped(split[0], by: grp) else { return .failure(fail) }
            return .success(Parts(negative: negative, integer: int, fraction: String(split[1])))
        }
        if dots == 0 && commas == 0 { return .success(Parts(negative: negative, integer: String(text), fraction: "")) }
        let sep: Character = dots > 0 ? "." : ","
        let count = max(dots, commas)
        if count > 1 {
            guard let int = grouped(text, by: sep) else { return .failure(fail) }
            return .success(Parts(negative: negative, integer: int, fraction: ""))
        }
        let halves = text.split(separator: sep, omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty else { return .failure(fail) }
        let asGrouping = halves[1].count == 3 && halves[0].count <= 3
        if sep == dialect.grouping {
            // The file's own thousands separator: 1.234 in a Vietnamese file is 1234. Anything
            // but a group of three can only be the other dialect's decimal point.
            if asGrouping { return .success(Parts(negative: negative, integer: String(halves[0] + halves[1]), fraction: "")) }
            return .success(Parts(negative: negative, integer: String(halves[0]), fraction: String(halves[1])))
        }
        // The file's decimal separator followed by three digits also reads as the other
        // dialect's thousands: 1,234 in a Vietnamese file is 1,234 or 1234.
        if asGrouping { return .failure(ambiguous(dialect)) }
        return .success(Parts(negative: negative, integer: String(halves[0]), fraction: String(halves[1])))
    }

    public static func integer(_ text: String, dialect: NumberDialect) -> Result<Int64, ValueIssue> {
        if let n = plainInteger(text) ?? groupedInteger(text, dialect: dialect) { return .success(n) }
        let fail = ValueIssue(code: "type-int", expected: expectedNumber(dialect, integer: true))
        switch parts(text, dialect: dialect, integer: true) {
        case .failure(let e): return .failure(e.code == "number-ambiguous" ? e : fail)
        case .success(let p):
            guard p.fraction.allSatisfy({ $0 == "0" }), let n = Int64(p.integer) else { return .failure(fail) }
            return .success(p.negative ? -n : n)
        }
    }

    /// The common case, digits and perhaps a minus sign, read without the general machinery.
    static func plainInteger(_ text: String) -> Int64? {
        var utf8 = text.utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
        guard !utf8.isEmpty, utf8.count <= 18 else { return nil }
        var n: Int64 = 0
        for b in utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int64(b - 0x30)
        }
        return negative ? -n : n
    }

    /// Thousands in groups of three under one separator that can only be grouping: the
    /// file's own (`60.000.000` in a `;` file), or any one used twice or more.
    static func groupedInteger(_ text: String, dialect: NumberDialect) -> Int64? {
        var separator: UInt8 = 0, separators = 0, groupLength = 0, first = true
        var n: Int64 = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                groupLength += 1
                guard groupLength <= (first ? 3 : 3) || separators == 0 else { return nil }
                n = n &* 10 &+ Int64(b - 0x30)
                continue
            }
            guard b == UInt8(ascii: ".") || b == UInt8(ascii: ","), separator == 0 || separator == b, groupLength >= 1 else { return nil }
            guard first ? groupLength <= 3 : groupLength == 3 else { return nil }
            separator = b
            separators += 1
            groupLength = 0
            first = false
        }
        guard separators > 0, groupLength == 3, separators <= 5 else { return nil }
        let own = separator == UInt8(ascii: dialect == .vietnamese ? "." : ",")
        return own || separators >= 2 ? n : nil
    }

    public static func decimal(_ text: String, dialect: NumberDialect) -> Result<Double, ValueIssue> {
        if let n = plainInteger(text) ?? groupedInteger(text, dialect: dialect) { return .success(Double(n)) }
        switch parts(text, dialect: dialect, integer: false) {
        case .failure(let e): return .failure(e)
        case .success(let p):
            guard let d = Double(p.integer + (p.fraction.isEmpty ? "" : "." + p.fraction)), d.isFinite else {
                return .failure(ValueIssue(code: "type-decimal", expected: expectedNumber(dialect, integer: false)))
            }
            return .success(p.negative ? -d : d)
        }
    }

    /// Whole đồng: `60.000.000`, `60000000`, `60.000.000 đ`, `60.000.000 đồng`, `… VNĐ`.
    public static func money(_ text: String, dialect: NumberDialect) -> Result<Int64, ValueIssue> {
        var t = Substring(text)
        if let last = t.last, !last.isNumber {
            let lower = text.lowercased()
            for suffix in ["vnđ", "vnd", "đồng", "dong", "đ", "d"] where lower.hasSuffix(suffix) && lower.count > suffix.count {
                t = t.dropLast(suffix.count)
                break
            }
        }
        while t.last == " " { t = t.dropLast() }
        switch integer(String(t), dialect: dialect) {
        case .success(let n): return .success(n)
        case .failure(let e):
            if e.code == "number-ambiguous" { return .failure(e) }
            return .failure(ValueIssue(code: "type-int", expected: "số tiền (đồng), ví dụ " + (dialect == .vietnamese ? "60.000.000" : "60,000,000")))
        }
    }

    /// `95`, `95%`, `95,5 %`.
    public static func percent(_ text: String, dialect: NumberDialect) -> Result<Double, ValueIssue> {
        var t = Substring(text)
        if t.hasSuffix("%") { t = t.dropLast() }
        while t.last == " " { t = t.dropLast() }
        switch decimal(String(t), dialect: dialect) {
        case .success(let d): return .success(d)
        case .failure(let e):
            if e.code == "number-ambiguous" { return .failure(e) }
            return .failure(ValueIssue(code: "type-decimal", expected: "tỷ lệ phần trăm từ 0 đến 100, ví dụ 95 hoặc " + (dialect == .vietnamese ? "95,5%" : "95.5%")))
        }
    }

    public static func year(_ text: String) -> Result<Int, ValueIssue> {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(text) else {
            return .failure(ValueIssue(code: "type-int", expected: "năm, bốn chữ số, ví dụ 1968"))
        }
        return .success(y)
    }

    static let expectedDate = "ngày dạng ngày/tháng/năm, ví dụ 31/05/2024"

    /// `d/m/yyyy` with `/`, `-` or `.`; `yyyy-mm-dd`; never month-first. `d/m/yy` reads as 20yy
    /// with a warning; a bare integer 20000-80000 is an Excel serial, with a warning. A time
    /// after the date (`14/05/2024 00:00`) is ignored.
    public static func date(_ raw: String) -> Result<DateValue, ValueIssue> {
        if let day = plainDate(raw) { return .success(DateValue(day: day, warning: nil)) }
        let fail = ValueIssue(code: "type-date", expected: expectedDate)
        var text = Substring(raw)
        if let space = text.firstIndex(of: " ") {
            let time = text[text.index(after: space)...]
            guard time.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }), time.contains(":") else { return .failure(fail) }
            text = text[..<space]
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "/" || $0 == "-" || $0 == ".") }) else { return .failure(fail) }
        if text.allSatisfy(\.isNumber) {
            guard let n = Int(text), (20000...80000).contains(n) else { return .failure(fail) }
            return .success(DateValue(day: Day(excelSerial: n), warning: "date-serial"))
        }
        guard let sep = text.first(where: { !$0.isNumber }) else { return .failure(fail) }
        let p = text.split(separator: sep, omittingEmptySubsequences: false)
        guard p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return .failure(fail) }
        if p[0].count == 4 {
            guard sep == "-", p[1].count <= 2, p[2].count <= 2, let d = Day(year: Int(p[0])!, month: Int(p[1])!, day: Int(p[2])!) else { return .failure(fail) }
            return .success(DateValue(day: d, warning: nil))
        }
        guard p[0].count <= 2, p[1].count <= 2, p[2].count == 4 || p[2].count == 2 else { return .failure(fail) }
        let twoDigit = p[2].count == 2
        let year = twoDigit ? 2000 + Int(p[2])! : Int(p[2])!
        guard let d = Day(year: year, month: Int(p[1])!, day: Int(p[0])!) else { return .failure(fail) }
        return .success(DateValue(day: d, warning: twoDigit ? "date-two-digit-year" : nil))
    }

    /// `dd/mm/yyyy` exactly, the spelling nearly every date has, read byte by byte.
    static func plainDate(_ text: String) -> Day? {
        let u = Array(text.utf8)
        guard u.count == 10, u[2] == UInt8(ascii: "/"), u[5] == UInt8(ascii: "/") else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }; n = n * 10 + Int(u[i] - 0x30) }
            return n
        }
        guard let d = digits(0..<2), let m = digits(3..<5), let y = digits(6..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static let truths: Set<String> = ["co", "c", "x", "1", "yes", "y", "true", "dung", "d"]
    static let falsities: Set<String> = ["khong", "k", "", "0", "no", "n", "false", "sai", "s"]

    /// Có/Không, C/K, x/empty, 1/0, Yes/No, True/False, Đúng/Sai; any case, diacritics optional.
    public static func boolean(_ text: String) -> Result<Bool, ValueIssue> {
        switch text {
        case "Có", "có", "x", "X", "1", "C", "c": return .success(true)
        case "Không", "không", "", "0", "K", "k": return .success(false)
        default: break
        }
        let key = MatchKey.loose(text)
        if truths.contains(key) { return .success(true) }
        if falsities.contains(key) && (key != "" || text.isEmpty) { return .success(false) }
        return .failure(ValueIssue(code: "type-bool", expected: "Có hoặc Không (hoặc x / để trống)"))
    }
}
