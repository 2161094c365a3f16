import Common

/// Reads typed values from cleaned cells (trimmed, NFC): numbers in either dialect, money,
/// percentages, dates, booleans and years, as SPEC §2 lists them.
///
/// Inputs are non-empty except for ``boolean(_:)``, where empty means false.
public enum ValueParser {
    public static func integer(_ text: String, dialect: NumberDialect) -> Result<Int64, ValueIssue> {
        switch number(text, dialect: dialect) {
        case .failure(let issue): return .failure(issue.code == .numberAmbiguous ? issue : intIssue)
        case .success(let n): return n.integer.map { .success($0) } ?? .failure(intIssue)
        }
    }

    public static func decimal(_ text: String, dialect: NumberDialect) -> Result<Double, ValueIssue> {
        switch number(text, dialect: dialect) {
        case .failure(let issue): return .failure(issue.code == .numberAmbiguous ? issue : decimalIssue(dialect))
        case .success(let n): return n.double.map { .success($0) } ?? .failure(decimalIssue(dialect))
        }
    }

    /// Whole đồng, with or without grouping and a currency word after the number:
    /// `60.000.000`, `60000000`, `60.000.000 đ`, `60.000.000 đồng`, `60.000.000 VNĐ`, `₫`.
    public static func money(_ text: String, dialect: NumberDialect) -> Result<Int64, ValueIssue> {
        let moneyIssue = ValueIssue(code: .typeInt, expected: .money)
        var body = Substring(text)
        if let suffixStart = body.lastIndex(where: { $0.isASCII && $0.isNumber }).map(body.index(after:)) {
            let suffix = body[suffixStart...].trimmingSpaces
            if !suffix.isEmpty {
                guard suffix == "₫" || ["d", "dong", "vnd"].contains(MatchKey.loose(suffix)) else { return .failure(moneyIssue) }
                body = body[..<suffixStart].trimmingSpaces
            }
        }
        switch integer(String(body), dialect: dialect) {
        case .success(let value): return .success(value)
        case .failure(let issue): return .failure(issue.code == .numberAmbiguous ? issue : moneyIssue)
        }
    }

    /// `95`, `95%`, `95,5 %` → 95.5; the range 0…100 is the caller's to check.
    public static func percent(_ text: String, dialect: NumberDialect) -> Result<Double, ValueIssue> {
        var body = Substring(text)
        if body.hasSuffix("%") { body = body.dropLast().trimmingSpaces }
        switch decimal(String(body), dialect: dialect) {
        case .success(let value): return .success(value)
        case .failure(let issue):
            return .failure(issue.code == .numberAmbiguous ? issue : ValueIssue(code: .typeDecimal, expected: .percent(comma: dialect.writesDecimalComma)))
        }
    }

    /// A year of four digits (`type-int` otherwise).
    public static func year(_ text: String) -> Result<Int, ValueIssue> {
        let digits = Array(text.utf8)
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else {
            return .failure(ValueIssue(code: .typeInt, expected: .year))
        }
        return .success(value)
    }

    /// Có/Không, C/K, x/(empty), 1/0, Yes/No, Y/N, True/False, Đúng/Sai, Ko — any case, with or
    /// without diacritics. Empty is false: a checklist column leaves "no" blank.
    public static func boolean(_ text: String) -> Result<Bool, ValueIssue> {
        if text.isEmpty { return .success(false) }
        // The spellings almost every file uses, compared as bytes: folding each cell through
        // Unicode decomposition (``MatchKey/loose(_:)``) was a tenth of a check's time.
        if text.utf8.elementsEqual("x".utf8) || text.utf8.elementsEqual("Có".utf8) { return .success(true) }
        if text.utf8.elementsEqual("Không".utf8) { return .success(false) }
        switch MatchKey.loose(text) {
        case "co", "c", "x", "1", "yes", "y", "true", "dung": return .success(true)
        case "khong", "k", "ko", "0", "no", "n", "false", "sai": return .success(false)
        default: return .failure(ValueIssue(code: .typeBool, expected: .boolean))
        }
    }

    static let intIssue = ValueIssue(code: .typeInt, expected: .integer)

    static func decimalIssue(_ dialect: NumberDialect) -> ValueIssue {
        ValueIssue(code: .typeDecimal, expected: .decimal(comma: dialect.writesDecimalComma))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...lastIndex(where: { !$0.isWhitespace })!]
    }
}
