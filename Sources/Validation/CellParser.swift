import Common
import CSVReading
import TaskModel

/// Turns one cell's text into a typed value, or into the issue that says why it cannot.
struct CellParser {
    /// A cell's result. The cases that carry an issue are boxed: an issue is a few hundred
    /// bytes, rare, and would otherwise be copied with every cell's value.
    enum Outcome {
        case empty
        case value(Value)
        /// A value read with a remark (`number-ambiguous`, `unit-alias`, …).
        indirect case warned(Value, Issue)
        indirect case failure(Issue)

        static func value(_ value: Value, warning: Issue?) -> Outcome {
            warning.map { .warned(value, $0) } ?? .value(value)
        }
    }

    let dialect: NumberDialect
    let period: Period
    /// The file writes its dates month first (``DateOrderVote``).
    var monthFirst = false

    func parse(_ text: String, column: TypedColumn, units: (String) -> UnitRegistry.Resolution,
               choices: (String, Enumeration) -> String?) -> Outcome {
        if text.isEmpty && column.type != .bool { return .empty }
        func fail(_ issue: ValueIssue) -> Outcome { .failure(Issue(issue.code, detail: .expected(issue.expected))) }
        switch column.type {
        case .unit:
            switch units(text) {
            case .exact(let u): return .value(.unit(u.code), warning: nil)
            case .alias(let u, let reason):
                return .value(.unit(u.code), warning: Issue(.unitAlias, detail: .alias(unit: u.name, reason: reason)))
            case .unknown(let suggestions):
                return .failure(Issue(.unitUnknown, detail: .suggestions(suggestions)))
            }
        case .text:
            if let max = column.maxLength, text.utf8.count > max, text.count > max {
                return .failure(Issue(.length, detail: .maxLength(max)))
            }
            return .value(.text(text), warning: nil)
        case .int:
            switch ValueParser.integer(text, dialect: dialect) {
            case .success(let n): return bounded(.integer(n), Double(n), column)
            case .failure(let e): return fail(e)
            }
        case .money:
            switch ValueParser.money(text, dialect: dialect) {
            case .success(let n): return bounded(.integer(n), Double(n), column)
            case .failure(let e): return fail(e)
            }
        case .decimal:
            switch ValueParser.decimal(text, dialect: dialect) {
            case .success(let d): return bounded(.number(d), d, column)
            case .failure(let e): return fail(e)
            }
        case .percent:
            switch ValueParser.percent(text, dialect: dialect) {
            case .success(let d):
                guard (0...100).contains(d) else { return .failure(Issue(.range, detail: .bounds(.within(0, 100)))) }
                return .value(.number(d), warning: nil)
            case .failure(let e): return fail(e)
            }
        case .year:
            switch ValueParser.year(text) {
            case .success(let y):
                let low = Int(column.min ?? 1900)
                let high = column.maxIsPeriodYear ? period.year : Int(column.max ?? 9999)
                guard (low...high).contains(y) else { return .failure(Issue(.range, detail: .bounds(.within(low, high)))) }
                return .value(.integer(Int64(y)), warning: nil)
            case .failure(let e): return fail(e)
            }
        case .date:
            switch ValueParser.date(text, monthFirst: monthFirst) {
            case .success(let d):
                if column.dates == .untilPeriodEnd, d.day > period.end {
                    return .failure(Issue(.dateAfterPeriod, detail: .periodEnd(period.end.description)))
                }
                return .value(.date(d.day), warning: d.warning.map { Issue($0, detail: .readAs(d.day.description)) })
            case .failure(let e): return fail(e)
            }
        case .bool:
            switch ValueParser.boolean(text) {
            case .success(let b):
                // SPEC §2 reads a checkbox column (x / empty) as yes / no, so an empty cell is "Không".
                return .value(.bool(b), warning: nil)
            case .failure(let e): return fail(e)
            }
        case .enum:
            guard let e = column.enumeration else { return .value(.text(text), warning: nil) }
            if let canonical = choices(text, e) { return .value(.choice(canonical), warning: nil) }
            return .failure(Issue(.typeEnum, detail: .allowed(e.values.map(\.value))))
        }
    }

    func bounded(_ value: Value, _ n: Double, _ column: TypedColumn) -> Outcome {
        if let min = column.min, column.minExclusive ? n <= min : n < min {
            return .failure(Issue(.range, detail: .bounds(column.minExclusive ? .above(min) : .atLeast(min))))
        }
        if let max = column.max, n > max {
            return .failure(Issue(.range, detail: .bounds(.atMost(max))))
        }
        return .value(value, warning: nil)
    }
}
