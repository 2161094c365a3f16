import Common
import CSVReading
import TaskModel
import XLSXReading

extension CellParser {
    /// A workbook cell: numbers, dates and booleans are taken as typed (never read back from
    /// text, so never `number-ambiguous`); text goes through the text parsers of SPEC §2 like
    /// a CSV field. A value of the wrong kind for the column fails with the column's usual
    /// issue, read from the text the cell shows (`text`).
    func parse(_ cell: SheetCell, text: String, column: TypedColumn,
               units: (String) -> UnitRegistry.Resolution, choices: (String, Enumeration) -> String?) -> Outcome {
        func asText() -> Outcome { parse(text, column: column, units: units, choices: choices) }
        switch cell {
        case .empty, .text, .error: return asText()
        case .formulaWithoutValue: return column.type == .bool ? asText() : .empty
        case .bool(let b): return column.type == .bool ? .value(.bool(b), warning: nil) : asText()
        case .date(let day):
            guard column.type == .date else { return asText() }
            if day > period.end { return .failure(Issue(.dateAfterPeriod, detail: .periodEnd(period.end.description))) }
            return .value(.date(day), warning: nil)
        case .number(let n): return number(n, text: text, column: column, asText: asText)
        case .percent(let fraction):
            // A cell shown as «95 %» holds 0.95; a percent column means 95.
            return column.type == .percent ? number(fraction * 100, text: text, column: column, asText: asText)
                                           : number(fraction, text: text, column: column, asText: asText)
        }
    }

    private func number(_ n: Double, text: String, column: TypedColumn, asText: () -> Outcome) -> Outcome {
        let whole = n == n.rounded() && abs(n) < 9e15
        switch column.type {
        case .int, .money:
            // A fraction in a whole-number column fails as the text it shows would.
            return whole ? bounded(.integer(Int64(n)), n, column) : asText()
        case .decimal:
            return bounded(.number(n), n, column)
        case .percent:
            guard (0...100).contains(n) else { return .failure(Issue(.range, detail: .bounds(.within(0, 100)))) }
            return .value(.number(n), warning: nil)
        case .year:
            guard whole else { return asText() }
            return parse(String(Int64(n)), column: column, units: { _ in .unknown(suggestions: []) }, choices: { _, _ in nil })
        case .date, .bool, .text, .enum, .unit:
            // A serial number in a date column not formatted as a date, `1`/`0` for yes/no, a
            // number in a text column: read as the text the cell shows.
            return asText()
        }
    }
}
