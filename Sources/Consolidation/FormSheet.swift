import Common
import TaskModel
import Validation
import XLSX

/// One sheet per form of the area (SPEC §5.3): every accepted row of every unit, unit first,
/// typed cells, computed columns, what deserves attention, and where the row came from.
struct FormSheet {
    let form: Form
    let area: Area
    let data: MonthData

    /// The sheet name: the form code and as many whole words of its title as Excel's 31
    /// characters allow.
    var name: String {
        var name = form.code
        for word in form.title.split(separator: " ") {
            guard name.count + 1 + word.count <= 31 else { break }
            name += " " + word
        }
        while let last = name.last, ",;:-–".contains(last) { name.removeLast() }
        return String(name.prefix(31))
    }

    /// Whether a row belongs in this area's sheet (the checklist keeps only the area's tasks).
    func belongs(_ row: AcceptedRow) -> Bool {
        guard form.area == "*", let k = form.checklist.flatMap({ form.columnIndex($0.taskColumn) }) else { return true }
        if case .choice(let code)? = row.values[k] { return data.model.task(code)?.area == area.slug }
        return false
    }

    func write(into wb: Workbook) throws {
        let model = data.model
        let ws = try wb.addWorksheet(name)
        let unitIndex = form.columns.firstIndex { $0.type == .unit } ?? 0
        let dataColumns = form.columns.indices.filter { $0 != unitIndex }
        let findingTexts = Dictionary(form.findings.map { ($0.code, $0.text.vi) }, uniquingKeysWith: { a, _ in a })
        let unitNames = Dictionary(model.units.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        var headers = ["STT", form.columns[unitIndex].title] + dataColumns.map { form.columns[$0].title } + form.computed.map(\.title)
        headers += ["Nhận xét", "Tệp nguồn", "Dòng"]
        let width = headers.count
        try ws.setColumns(0, 0, width: 5)
        try ws.setColumns(1, 1, width: 18)
        for (i, ci) in dataColumns.enumerated() {
            let col = form.columns[ci]
            let w: Double
            switch col.type {
            case .text: w = min(30, max(12, Double(col.maxLength ?? 20) / 8))
            case .enum: w = 21
            case .date: w = 11.5
            case .money: w = 14
            default: w = 11
            }
            try ws.setColumns(2 + i, 2 + i, width: w)
        }
        let computedStart = 2 + dataColumns.count
        if !form.computed.isEmpty { try ws.setColumns(computedStart, computedStart + form.computed.count - 1, width: 12) }
        try ws.setColumns(width - 3, width - 3, width: 26)
        try ws.setColumns(width - 2, width - 2, width: 28)
        try ws.setColumns(width - 1, width - 1, width: 6)
        try SheetKit.centered(ws, 0, 0, width - 1, "BIỂU \(form.code) — \(form.title.uppercased())", Styles.title(size: 14))
        try SheetKit.centered(ws, 1, 0, width - 1, "Lĩnh vực: \(area.name) — \(SheetKit.periodLine(data.period))", Styles.title(size: 12, bold: false, italic: true))
        let header = 3
        try ws.setRow(header, height: 48)
        for (c, h) in headers.enumerated() { try ws.write(header, c, .text(h), Styles.header) }
        // Formats prepared once: this loop writes every accepted row of the month.
        var prepared: [Format: PreparedFormat] = [:]
        func fmt(_ f: Format) throws -> PreparedFormat {
            if let p = prepared[f] { return p }
            let p = try wb.prepare(f)
            prepared[f] = p
            return p
        }
        let text = try fmt(Styles.text), center = try fmt(Styles.center), late = try fmt(Styles.late)
        // A column's cells share one format (another for empty cells): looked up once per column.
        var columnFormats: [Int: (empty: PreparedFormat?, filled: PreparedFormat?)] = [:]
        func cell(_ row: Int, _ column: Int, _ value: Value?, _ type: ColumnType?) throws {
            let (v, f) = SheetKit.cellValue(value, column: type, model: model)
            var known = columnFormats[column] ?? (nil, nil)
            let p: PreparedFormat
            if value == nil {
                if let e = known.empty { p = e } else { p = try fmt(f); known.empty = p }
            } else {
                if let e = known.filled { p = e } else { p = try fmt(f); known.filled = p }
            }
            columnFormats[column] = known
            try ws.write(row, column, v, p)
        }
        var n = 0
        try data.forEachRow(form: form.code) { sourced in
            let row = sourced.row
            guard belongs(row) else { return }
            let r = header + 1 + n
            n += 1
            try ws.setRow(r, height: 18)
            try ws.write(r, 0, .number(Double(n)), center)
            try ws.write(r, 1, .text(unitNames[row.unit] ?? row.unit), text)
            for (i, ci) in dataColumns.enumerated() { try cell(r, 2 + i, row.values[ci], form.columns[ci].type) }
            for k in form.computed.indices { try cell(r, computedStart + k, row.values[form.columns.count + k], nil) }
            let notes = row.findings.map { findingTexts[$0] ?? $0.rawValue }.joined(separator: "; ")
            try ws.write(r, width - 3, .text(notes), notes.isEmpty ? text : late)
            try ws.write(r, width - 2, .text(sourced.file), text)
            try ws.write(r, width - 1, .number(Double(row.line)), center)
        }
        if n == 0 {
            try ws.write(header + 1, 0, .text("Không có dòng hợp lệ nào trong kỳ."), Styles.note)
        }
        try ws.freezePanes(row: header + 1, column: 2)
        try ws.autofilter(header, 0, header + max(1, n), width - 1)
        try SheetKit.print(ws, repeatRows: header...header)
    }
}
