import Common
import TaskModel
import XLSX

/// The Tổng hợp sheet (SPEC §5.1): every unit in GSO order with its submission state and the
/// area's measures, a Tổng cộng row of live formulas with cached values, targets and
/// deadlines, colours for late, met and watch, and a chart of the area's main ratio.
struct SummarySheet {
    let area: Area
    let data: MonthData
    let table: MeasureTable

    static let name = "Tổng hợp"
    static let firstMeasureColumn = 4
    static let headerRow = 8
    /// How a target's Excel operator is printed for a reader.
    static let opSigns = [">=": "≥", "<=": "≤", "<>": "≠"]

    var firstUnitRow: Int { SummarySheet.headerRow + 2 }
    var totalRow: Int { firstUnitRow + data.model.units(of: area).count }

    func column(of measure: String) -> Int? {
        table.measures.firstIndex { $0.id == measure }.map { $0 + SummarySheet.firstMeasureColumn }
    }

    /// Fills `ws`, the workbook's first sheet, added when the workbook was opened.
    func write(into ws: Worksheet, of wb: Workbook) throws {
        try ws.activate()
        try ws.hideGridlines()
        try ws.setTabColor(0x1F4E79)
        let model = data.model
        let width = SummarySheet.firstMeasureColumn + table.measures.count + 2 * compared.count
        try SheetKit.unitColumnWidths(ws, following: 0, width: 0)
        try ws.setColumns(3, 3, width: 10)
        try measureColumnWidths(ws)
        var row = try SheetKit.letterhead(ws, model: model, period: data.period, width: width)
        try SheetKit.centered(ws, row, 0, width - 1, "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM", Styles.title(size: 14))
        row += 1
        try SheetKit.centered(ws, row, 0, width - 1, "Lĩnh vực: \(area.name) — \(SheetKit.periodLine(data.period))", Styles.title(size: 12, bold: true))
        row += 1
        try SheetKit.centered(ws, row, 0, width - 1, "(\(model.organisation.basis))", Styles.title(size: 11, bold: false, italic: true))

        let h = SummarySheet.headerRow
        try ws.setRow(h, height: 78)
        try SheetKit.unitHeader(ws, row: h, kind: model.unitKind(of: area))
        try ws.write(h, 3, .text("Tình trạng nộp"), Styles.header)
        for (i, m) in table.measures.enumerated() {
            try ws.write(h, SummarySheet.firstMeasureColumn + i, .text(m.title + (m.task.map { " [\($0)]" } ?? "")), Styles.header)
        }
        try writeComparisonHeaders(ws, row: h)
        try writeTargets(ws, row: h + 1)
        try writeUnits(ws)
        try writeTotals(ws)
        try writeColours(ws)
        let after = try writeLegend(ws, row: totalRow + 2, width: width)
        // The chart prints on a page of its own rather than split across two.
        if area.chartMeasure != nil { try ws.pageBreaks(before: [after + 1]) }
        try writeChart(wb, ws, row: after + 1)
        try ws.freezePanes(row: firstUnitRow, column: 3)
        try SheetKit.print(ws, repeatRows: h...(h + 1))
    }

    /// Measure columns 12.5 wide, a run of columns at a time; helper measures' columns hidden.
    private func measureColumnWidths(_ ws: Worksheet) throws {
        var start = 0
        while start < table.measures.count {
            let hidden = !table.measures[start].shown
            var end = start
            while end + 1 < table.measures.count, table.measures[end + 1].shown != hidden { end += 1 }
            let first = SummarySheet.firstMeasureColumn
            try ws.setColumns(first + start, first + end, width: 12.5, hidden: hidden)
            start = end + 1
        }
    }

    /// The row under the header: each measure's target and deadline.
    private func writeTargets(_ ws: Worksheet, row: Int) throws {
        let f = Format(fontName: Styles.font, fontSize: 10, italic: true, horizontal: .center, vertical: .center, wrap: true, border: true)
        try ws.setRow(row, height: 30)
        try ws.write(row, 0, .blank, f)
        try ws.write(row, 1, .blank, f)
        try ws.write(row, 2, .text("Chỉ tiêu, thời hạn"), f)
        try ws.write(row, 3, .blank, f)
        for (i, m) in table.measures.enumerated() {
            var parts: [String] = []
            if let t = m.target {
                let value = m.display == .percent ? "\(NumberText.plain(t.value * 100))%" : NumberText.plain(t.value)
                parts.append("\(SummarySheet.opSigns[t.op] ?? t.op) \(value)")
            }
            if let task = m.task.flatMap(data.model.task) {
                parts.append(task.deadline.map { "hạn \($0)" } ?? "thường xuyên")
            }
            try ws.write(row, SummarySheet.firstMeasureColumn + i, parts.isEmpty ? .blank : .text(parts.joined(separator: ", ")), f)
        }
    }

    private func format(_ m: Measure, total: Bool = false) -> Format {
        let f: Format
        switch m.display {
        case .integer, .days: f = Styles.integer
        case .decimal: f = Styles.decimal
        case .percent: f = Styles.percent
        case .money: f = Styles.money
        }
        return total ? Styles.totals(f) : f
    }

    private func writeUnits(_ ws: Worksheet) throws {
        for (u, unit) in data.model.units(of: area).enumerated() {
            let r = firstUnitRow + u
            try ws.setRow(r, height: 18)
            let sent = data.hasSubmitted(unit.code, area: area)
            try SheetKit.unitCells(ws, row: r, number: u + 1, unit: unit)
            try ws.write(r, 3, .text(sent ? "Đã nộp" : "Chưa nộp"), sent ? Styles.center : Styles.missing)
            let values = table.values[unit.code] ?? []
            for (i, m) in table.measures.enumerated() {
                let c = SummarySheet.firstMeasureColumn + i
                guard sent else { try ws.write(r, c, .blank, format(m)); continue }
                if m.kind == .ratio, let n = m.numerator.flatMap(column), let d = m.denominator.flatMap(column) {
                    try ws.write(r, c, ratioFormula(row: r, numerator: n, denominator: d, cached: values[i]), format(m))
                } else {
                    try ws.write(r, c, .number(values[i] ?? 0), format(m))
                }
            }
            try writeComparison(ws, unit: unit.code, row: r)
        }
    }

    private func ratioFormula(row: Int, numerator: Int, denominator: Int, cached: Double?) -> CellValue {
        let n = CellReference.cell(row: row, column: numerator), d = CellReference.cell(row: row, column: denominator)
        return .formula("=IF(N(\(d))=0,\"\",\(n)/\(d))", cached: cached.map { .number($0) } ?? .text(""))
    }

    private func writeTotals(_ ws: Worksheet) throws {
        let r = totalRow
        let label = Styles.totals(Styles.text)
        try ws.write(r, 0, .blank, label)
        try ws.write(r, 1, .blank, label)
        try ws.write(r, 2, .text("Tổng cộng"), label)
        let sent = data.model.units(of: area).filter { data.hasSubmitted($0.code, area: area) }.count
        try ws.write(r, 3, .formula("=COUNTIF(\(CellReference.cell(row: firstUnitRow, column: 3)):\(CellReference.cell(row: r - 1, column: 3)),\"Đã nộp\")",
                                    cached: .number(Double(sent))), Styles.totals(Styles.center))
        for (i, m) in table.measures.enumerated() {
            let c = SummarySheet.firstMeasureColumn + i
            let range = "\(CellReference.cell(row: firstUnitRow, column: c)):\(CellReference.cell(row: r - 1, column: c))"
            let value: CellValue
            switch m.kind {
            case .count, .sum: value = .formula("=SUM(\(range))", cached: .number(table.totals[i] ?? 0))
            case .max: value = .formula("=MAX(\(range))", cached: .number(table.totals[i] ?? 0))
            case .ratio:
                guard let n = m.numerator.flatMap(column), let d = m.denominator.flatMap(column) else { continue }
                value = ratioFormula(row: r, numerator: n, denominator: d, cached: table.totals[i])
            }
            try ws.write(r, c, value, format(m, total: true))
        }
        try writeComparisonTotals(ws)
    }

    /// Red: below target once the deadline has passed; green: met; orange: a "target 0"
    /// measure that is not 0. Empty cells (a unit that sent nothing, a ratio of nothing) stay white.
    private func writeColours(_ ws: Worksheet) throws {
        for (i, m) in table.measures.enumerated() {
            guard let target = m.target else { continue }
            let c = SummarySheet.firstMeasureColumn + i
            let range = CellRange(firstUnitRow, c, totalRow, c)
            let me = CellReference.cell(row: firstUnitRow, column: c)
            let met = "AND(ISNUMBER(\(me)),\(me)\(target.op)\(NumberText.plain(target.value)))"
            if target.watchesForNonZero {
                try ws.conditionalFormat(range, ConditionalFormat(.formula("=AND(ISNUMBER(\(me)),\(me)<>0)"), format: Styles.orangeFill))
                continue
            }
            if data.missIsRed(m) {
                try ws.conditionalFormat(range, ConditionalFormat(.formula("=AND(ISNUMBER(\(me)),NOT(\(met)))"), format: Styles.redFill))
            }
            try ws.conditionalFormat(range, ConditionalFormat(.formula("=\(met)"), format: Styles.greenFill))
        }
    }

    private func writeLegend(_ ws: Worksheet, row: Int, width: Int) throws -> Int {
        let lines = [
            "Ghi chú: ô đỏ — chưa đạt chỉ tiêu khi đã quá thời hạn; ô xanh — đạt chỉ tiêu; ô cam — chỉ tiêu bằng 0 nhưng vẫn phát sinh.",
            "Dòng Tổng cộng là công thức, tự tính lại khi số liệu thay đổi; tỷ lệ của toàn huyện tính trên tổng số, không cộng các tỷ lệ.",
            "Số liệu lấy từ các dòng hợp lệ của biểu mẫu các \(data.model.unitKind(of: area).name.lowercased()) gửi về; dòng có lỗi xem trang «Lỗi».",
        ]
        for (i, line) in lines.enumerated() { try ws.write(row + i, 0, .text(line), Styles.note) }
        return row + lines.count
    }

    private func writeChart(_ wb: Workbook, _ ws: Worksheet, row: Int) throws {
        guard let id = area.chartMeasure, let c = column(of: id), let m = table.measures.first(where: { $0.id == id }) else { return }
        let chart = try wb.addChart(.column)
        try chart.addSeries(name: m.title,
                            categories: CellReference.range(sheet: SummarySheet.name, firstRow: firstUnitRow, firstColumn: 2, lastRow: totalRow - 1, lastColumn: 2),
                            values: CellReference.range(sheet: SummarySheet.name, firstRow: firstUnitRow, firstColumn: c, lastRow: totalRow - 1, lastColumn: c),
                            color: 0x2E75B6, labels: true, labelFormat: m.display == .percent ? "0%" : "#,##0")
        try chart.setTitle("\(m.title) theo \(data.model.unitKind(of: area).name.lowercased()) — \(SheetKit.periodLine(data.period).components(separatedBy: " (").first ?? "")")
        try chart.setAxes(x: nil, y: m.display == .percent ? "Tỷ lệ" : nil, yNumberFormat: m.display == .percent ? "0%" : nil,
                      yMin: 0, yMax: m.display == .percent ? 1 : nil)
        try chart.hideLegend()
        try ws.insertChart(chart, row: row, column: 1, xScale: 2.2, yScale: 1.3)
    }
}
