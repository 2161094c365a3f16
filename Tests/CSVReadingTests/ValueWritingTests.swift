import Common
import CSVReading
import Testing
import TestSupport

/// The value parsers against the table of writings shared with the end-to-end suite
/// (`ValueWritings`): every column type, in the file dialects, in every form of writing.
@Suite struct ValueWritingTests {
    @Test(arguments: ValueWritings.cases)
    func theParserReadsTheWritingAsTheTableSays(_ c: ValueWritings.Case) {
        for dialect in ValueWritings.Dialect.allCases {
            let expected = c.expected(in: dialect)
            let found = Self.parse(c.kind, c.text, NumberDialect(delimiter: dialect.rawValue.utf8.first!))
            #expect(found == Self.parserOutcome(expected), "\(c) in a «\(dialect.name)» file")
        }
    }

    /// What the parser alone answers: bounds and the period are the checker's, so there the
    /// parser's answer is the value read.
    static func parserOutcome(_ outcome: ValueWritings.Outcome) -> ValueWritings.Outcome {
        switch outcome {
        case .range(let v): return .value(v, warning: nil)
        case .afterPeriod(let y, let m, let d): return .day(y, m, d, warning: nil)
        default: return outcome
        }
    }

    static func parse(_ kind: ValueWritings.Kind, _ text: String, _ dialect: NumberDialect) -> ValueWritings.Outcome {
        func outcome<T>(_ result: Result<T, ValueIssue>, _ number: (T) -> Double) -> ValueWritings.Outcome {
            switch result {
            case .success(let v): return .value(number(v), warning: nil)
            case .failure(let issue): return .issue(issue.code.rawValue)
            }
        }
        switch kind {
        case .int: return outcome(ValueParser.integer(text, dialect: dialect)) { Double($0) }
        case .decimal: return outcome(ValueParser.decimal(text, dialect: dialect)) { $0 }
        case .money: return outcome(ValueParser.money(text, dialect: dialect)) { Double($0) }
        case .percent: return outcome(ValueParser.percent(text, dialect: dialect)) { $0 }
        case .date:
            switch ValueParser.date(text) {
            case .success(let d): return .day(d.day.year, d.day.month, d.day.day, warning: d.warning?.rawValue)
            case .failure(let issue): return .issue(issue.code.rawValue)
            }
        }
    }
}
