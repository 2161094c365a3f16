import Common
import TaskModel
import Validation
import XLSX

/// One sheet per form of the area (SPEC §5.3): every accepted row of every unit, unit first,
/// typed cells, computed columns, what deserves attention, and where the row came from.
///
/// Written in three steps, ``start(in:)``, ``add(_:source:)`` for each row, ``finish()``, so
/// that rows can go in while the returns are still being read (``MonthStream``) as well as
/// from the spool afterwards, with the same bytes either way.
final class FormSheet {
    let form: Form
    let area: Area
    let model: Model
    let period: Period

    /// Rows per sheet for this writer; smaller only in tests of the continuation sheets.
    let rowsPerSheet: Int

    private var workbook: Workbook?
    private var sheet: Worksheet?
    private let layout: SheetLayout
    private var cells: Cells?
    /// Sheets begun so far (the first and its continuations).
    private var sheets = 0
    /// Rows written over all sheets: the next row's number (STT).
    private(set) var written = 0
    /// Rows written on the current sheet.
    private var onSheet = 0
    private let unitNames: [String: String]
    private let findingTexts: [IssueCode: String]

    init(form: Form, area: Area, model: Model, period: Period, rowsPerSheet: Int) {
        self.form = form
        self.area = area
        self.model = model
        self.period = period
        self.rowsPerSheet = rowsPerSheet
        layout = SheetLayout(form: form)
        unitNames = Dictionary(model.units.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        findingTexts = Dictionary(form.findings.map { ($0.code, $0.text.vi) }, uniquingKeysWith: { a, _ in a })
    }

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
        if case .choice(let code)? = row.values[k] { return model.task(code)?.area == area.slug }
        return false
    }

    /// The row of the column titles; the form's title and period line sit above it.
    static let headerRow = 3

    /// Rows of data one sheet holds under Excel's 1,048,576-row limit; a form with more goes
    /// on in a continuation sheet.
    static let rowsPerSheet = ExcelLimits.rows - headerRow - 1

    /// The name of the `k`-th sheet of the form (k ≥ 2): `NO01 (2)`.
    func continuationName(_ k: Int) -> String { "\(form.code) (\(k))" }

    /// Every format a form sheet's cells can take, in a fixed order, for ``Workbook/pin(_:)``.
    static let formats: [Format] = [
        Styles.title(size: 14), Styles.title(size: 12, bold: false, italic: true), Styles.header, Styles.note,
        Styles.text, Styles.center, Styles.late, Styles.integer, Styles.money, Styles.decimal, Styles.date,
    ]

    /// Adds the form's first sheet to `wb`, with its widths, titles and header row.
    func start(in wb: Workbook) throws {
        workbook = wb
        cells = try Cells(wb)
        try begin(name: name, continued: false)
    }

    /// Writes one accepted row of a unit, after every row of the units before it in GSO order;
    /// past the sheet's limit the rows go on in a continuation sheet.
    func add(_ row: AcceptedRow, source: String) throws {
        guard let cells else { preconditionFailure("add before start") }
        if onSheet == rowsPerSheet {
            try end()
            try begin(name: continuationName(sheets + 1), continued: true)
        }
        guard let ws = sheet else { preconditionFailure("add before start") }
        let r = FormSheet.headerRow + 1 + onSheet
        written += 1
        onSheet += 1
        try ws.setRow(r, height: 18)
        try ws.write(r, 0, .number(Double(written)), cells.center)
        try ws.write(r, 1, .text(unitNames[row.unit] ?? row.unit), cells.text)
        for (i, ci) in layout.dataColumns.enumerated() {
            try cells.write(ws, r, 2 + i, row.values[ci], form.columns[ci].type, model: model)
        }
        let computedStart = 2 + layout.dataColumns.count
        for k in form.computed.indices {
            try cells.write(ws, r, computedStart + k, row.values[form.columns.count + k], nil, model: model)
        }
        let width = layout.headers.count
        let notes = row.findings.isEmpty ? "" : row.findings.map { findingTexts[$0] ?? $0.rawValue }.joined(separator: "; ")
        try ws.write(r, width - 3, .text(notes), notes.isEmpty ? cells.text : cells.late)
        try ws.write(r, width - 2, .text(source), cells.text)
        try ws.write(r, width - 1, .number(Double(row.line)), cells.center)
    }

    /// Says so when no row came, then freezes, filters and sets up printing of the last sheet.
    func finish() throws {
        if written == 0, let ws = sheet {
            try ws.write(FormSheet.headerRow + 1, 0, .text("Không có dòng hợp lệ nào trong kỳ."), Styles.note)
        }
        try end()
    }

    /// Adds a sheet with the widths, the titles and the header row; a continuation sheet says
    /// so in its title.
    private func begin(name: String, continued: Bool) throws {
        guard let wb = workbook else { preconditionFailure("begin before start") }
        let ws = try wb.addWorksheet(name)
        let width = layout.headers.count
        for (c, w) in layout.widths.enumerated() { try ws.setColumns(c, c, width: w) }
        let title = "BIỂU \(form.code) — \(form.title.uppercased())" + (continued ? " (TIẾP THEO)" : "")
        try SheetKit.centered(ws, 0, 0, width - 1, title, Styles.title(size: 14))
        try SheetKit.centered(ws, 1, 0, width - 1, "Lĩnh vực: \(area.name) — \(SheetKit.periodLine(period))",
                              Styles.title(size: 12, bold: false, italic: true))
        let header = FormSheet.headerRow
        try ws.setRow(header, height: 48)
        for (c, h) in layout.headers.enumerated() { try ws.write(header, c, .text(h), Styles.header) }
        sheet = ws
        sheets += 1
        onSheet = 0
    }

    /// Freezes the header, filters the rows and sets up printing once a sheet's rows are in.
    private func end() throws {
        guard let ws = sheet else { return }
        let header = FormSheet.headerRow
        try ws.freezePanes(row: header + 1, column: 2)
        try ws.autofilter(header, 0, header + max(1, onSheet), layout.headers.count - 1)
        try SheetKit.print(ws, repeatRows: header...header)
    }
}
