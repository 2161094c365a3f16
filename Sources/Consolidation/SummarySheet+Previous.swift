import TaskModel
import XLSX

/// Month over month on Tổng hợp: for each cumulative measure, when the previous period is in
/// the archive, two columns after the measures: last month's value and the change (a formula
/// over the two cells, its value cached).
extension SummarySheet {
    /// The cumulative measures with a value last month: (index here, index in last month's table).
    var compared: [(now: Int, before: Int)] {
        guard let before = data.previous?[area.slug] else { return [] }
        return table.measures.enumerated().compactMap { i, m in
            guard m.cumulative, let j = before.measures.firstIndex(where: { $0.id == m.id }) else { return nil }
            return (i, j)
        }
    }

    /// The sheet column of last month's value of the `k`-th compared measure; its change is next.
    func previousColumn(_ k: Int) -> Int { SummarySheet.firstMeasureColumn + table.measures.count + 2 * k }

    // Rows are written in order (the sheet may stream them), so each row's comparison cells
    // are written with that row.

    /// The two headers of each compared measure.
    func writeComparisonHeaders(_ ws: Worksheet, row h: Int) throws {
        guard let before = data.previous?[area.slug] else { return }
        for (k, pair) in compared.enumerated() {
            let m = table.measures[pair.now], c = previousColumn(k)
            try ws.write(h, c, .text("\(m.title) — tháng trước (\(before.period))"), Styles.header)
            try ws.write(h, c + 1, .text("\(m.title) — tăng/giảm"), Styles.header)
        }
    }

    /// A unit's last-month values and changes.
    func writeComparison(_ ws: Worksheet, unit: String, row r: Int) throws {
        guard let before = data.previous?[area.slug] else { return }
        for (k, pair) in compared.enumerated() {
            let c = previousColumn(k)
            let was = before.values[unit]?[pair.before] ?? nil
            try ws.write(r, c, was.map { .number($0) } ?? .blank, Styles.integer)
            try ws.write(r, c + 1, change(row: r, now: SummarySheet.firstMeasureColumn + pair.now, before: c,
                                          cached: ((table.values[unit]?[pair.now] ?? nil) ?? 0) - (was ?? 0)), Styles.integer)
        }
    }

    /// The district's: sums of last month's values, and the change of the totals.
    func writeComparisonTotals(_ ws: Worksheet) throws {
        guard let before = data.previous?[area.slug] else { return }
        for (k, pair) in compared.enumerated() {
            let c = previousColumn(k)
            let range = "\(CellReference.cell(row: firstUnitRow, column: c)):\(CellReference.cell(row: totalRow - 1, column: c))"
            try ws.write(totalRow, c, .formula("=SUM(\(range))", cached: .number(before.totals[pair.before] ?? 0)), Styles.totals(Styles.integer))
            try ws.write(totalRow, c + 1, change(row: totalRow, now: SummarySheet.firstMeasureColumn + pair.now, before: c,
                                                 cached: (table.totals[pair.now] ?? 0) - (before.totals[pair.before] ?? 0)),
                         Styles.totals(Styles.integer))
        }
    }

    private func change(row: Int, now: Int, before: Int, cached: Double) -> CellValue {
        let a = CellReference.cell(row: row, column: now), b = CellReference.cell(row: row, column: before)
        return .formula("=N(\(a))-N(\(b))", cached: .number(cached))
    }
}
