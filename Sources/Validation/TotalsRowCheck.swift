import Common
import CSVReading
import TaskModel

/// Totals rows ("Tổng cộng" in the first non-empty cell): skipped with `total-row`, and each
/// number that differs from the sum of the rows above gets `total-mismatch` (SPEC §2).
struct TotalsRowCheck: RowCheck {
    let codes: [IssueCode] = [.totalRow, .totalMismatch]
    let form: CompiledForm
    let layout: HeaderLayout
    let lookups: CellLookups
    let dialect: NumberDialect
    /// The form's columns a totals row adds up.
    private let summed: [Int]
    /// Sums of those columns over the rows above, by column index.
    private var sums: [Double]

    init(form: CompiledForm, layout: HeaderLayout, lookups: CellLookups, dialect: NumberDialect) {
        self.form = form
        self.layout = layout
        self.lookups = lookups
        self.dialect = dialect
        summed = form.form.columns.indices.filter { [.int, .decimal, .money].contains(form.form.columns[$0].type) }
        sums = Array(repeating: 0, count: form.form.columns.count)
    }

    mutating func check(_ row: inout CheckedRow) {
        guard let first = row.cells.first(where: { !$0.isEmpty }), lookups.isTotalsLabel(first) else { return }
        row.isTotals = true
        row.issues.append(Issue(.totalRow, line: row.line, value: first))
        for ci in summed {
            let text = row.text(ofColumn: ci, in: layout)
            // A workbook's number is taken as typed; only text is parsed.
            var typedTotal: Double?
            if case .number(let n)? = row.typedCell(ofColumn: ci, in: layout) { typedTotal = n }
            guard !text.isEmpty, let total = typedTotal ?? number(text, type: form.form.columns[ci].type) else { continue }
            // Half of the smallest step a return writes (one decimal place of m², four of ha).
            if abs(total - sums[ci]) > 0.00005 {
                row.issues.append(Issue(.totalMismatch, line: row.line, column: form.form.columns[ci].key, value: text,
                                        detail: .totals(sum: sums[ci])))
            }
        }
    }

    /// Adds a checked data row's numbers to the sums, whether the row was accepted or not.
    mutating func add(_ row: CheckedRow) {
        for ci in summed {
            if let n = row.values[ci]?.number { sums[ci] += n }
        }
    }

    private func number(_ text: String, type: ColumnType) -> Double? {
        switch type {
        case .decimal: return try? ValueParser.decimal(text, dialect: dialect).get()
        default: return (try? ValueParser.integer(text, dialect: dialect).get()).map(Double.init)
            ?? (try? ValueParser.money(text, dialect: dialect).get()).map(Double.init)
        }
    }
}
