import Common
import TaskModel

/// Fills a row's computed columns (hạn công nhận, số ngày mất nước) from its typed values, so
/// rules, findings and the workbooks can use them like any column.
struct ComputedColumns {
    let form: Form
    let period: Period

    func fill(_ values: inout [Value?]) {
        let base = form.columns.count
        for (k, c) in form.computed.enumerated() {
            guard let fi = form.columnIndex(c.from), let from = values[fi]?.day else { continue }
            switch c.kind {
            case .addMonths:
                values[base + k] = .date(from.adding(months: c.months ?? 0))
            case .daysBetween:
                var to = c.to.flatMap(form.columnIndex).flatMap { values[$0]?.day }
                if to == nil, let o = c.otherwise { to = o == "@period_start" ? period.start : period.end }
                if let to { values[base + k] = .integer(Int64(Day.days(from: from, to: to))) }
            }
        }
    }
}
