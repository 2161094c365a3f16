/// Numbers in either dialect, and the rule for when a number reads two ways.
///
/// A number is an optional sign (`+` or `-`, once), then ASCII digits with at most one decimal
/// mark and, before it, grouping marks of one kind between groups of exactly three digits
/// (the first group 1-3 digits, not starting with 0). Vietnamese: decimal `,`, grouping `.` or
/// space; US: decimal `.`, grouping `,` or space. Anything else — exponents, `NaN`, `inf`,
/// non-ASCII digits — is not a number.
///
/// The file's dialect reads first; a text it cannot read is read in the other dialect
/// (`1,234.5` in a `;` file). When the file's dialect reads a decimal mark but the other
/// dialect reads the same text as a different number — one mark followed by exactly three
/// digits, `1,234` in a Vietnamese file or `1.234` in a US file — the value is
/// `number-ambiguous`. The dialect's own grouping is not ambiguous: `1.234` in a Vietnamese
/// file is 1234, because that is how its writers write thousands.
extension ValueParser {
    struct Number: Equatable {
        var negative: Bool
        /// Integer digits without leading zeros.
        var integerDigits: String
        /// Fraction digits without trailing zeros.
        var fractionDigits: String
        var hasDecimalMark: Bool

        var integer: Int64? {
            guard fractionDigits.isEmpty else { return nil }
            var value: Int64 = 0
            for digit in integerDigits.utf8 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int64(digit - 0x30))
                if o1 || o2 { return nil }
                value = plus
            }
            return negative ? -value : value
        }

        var double: Double? {
            let text = (negative ? "-" : "") + (integerDigits.isEmpty ? "0" : integerDigits) + "." + (fractionDigits.isEmpty ? "0" : fractionDigits)
            guard let value = Double(text), value.isFinite else { return nil }
            return value
        }
    }

    static func number(_ text: String, dialect: NumberDialect) -> Result<Number, ValueIssue> {
        let failure = decimalIssue(dialect)
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard let primary = read(bytes, negative: negative, dialect: dialect) else {
            return read(bytes, negative: negative, dialect: dialect.other).map { .success($0) } ?? .failure(failure)
        }
        if primary.hasDecimalMark, let other = read(bytes, negative: negative, dialect: dialect.other),
           other.integerDigits != primary.integerDigits || other.fractionDigits != primary.fractionDigits {
            return .failure(ValueIssue(code: .numberAmbiguous, expected: .unambiguousNumber(comma: dialect.writesDecimalComma)))
        }
        return .success(primary)
    }

    /// One dialect's reading of the text after the sign, or nil.
    private static func read(_ bytes: Substring.UTF8View.SubSequence, negative: Bool, dialect: NumberDialect) -> Number? {
        let decimalMark = dialect.decimalMark
        let space = UInt8(ascii: " ")
        var integerPart: [UInt8] = []
        var fraction: [UInt8] = []
        var seenDecimal = false
        var grouping: UInt8?
        var groupLengths: [Int] = []
        var run = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                if seenDecimal { fraction.append(b) } else { integerPart.append(b); run += 1 }
            } else if b == decimalMark {
                guard !seenDecimal, run > 0 else { return nil }
                seenDecimal = true
            } else if b == dialect.groupingMark || b == space {
                guard !seenDecimal, run > 0, grouping == nil || grouping == b else { return nil }
                grouping = b
                groupLengths.append(run)
                run = 0
            } else {
                return nil
            }
        }
        guard seenDecimal ? !fraction.isEmpty : run > 0 else { return nil }
        if grouping != nil {
            groupLengths.append(run)
            guard let first = groupLengths.first, (1...3).contains(first), integerPart.first != UInt8(ascii: "0"),
                  groupLengths.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
        }
        let integerDigits = String(decoding: integerPart.drop(while: { $0 == UInt8(ascii: "0") }), as: UTF8.self)
        var fractionBytes = fraction[...]
        while fractionBytes.last == UInt8(ascii: "0") { fractionBytes = fractionBytes.dropLast() }
        return Number(negative: negative, integerDigits: integerDigits,
                      fractionDigits: String(decoding: fractionBytes, as: UTF8.self), hasDecimalMark: seenDecimal)
    }
}
