import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// One area's workbook (SPEC §5): Tổng hợp, Tiến độ nhiệm vụ, a sheet per form, Tình hình
/// nộp, Lỗi.
///
/// Written in constant-memory mode (rows streamed to disk as they are written), so a
/// province-sized month takes no more memory than a district's; titles are centred across
/// columns instead of merged for that reason.
///
/// Opened before the month is known, so that one form's rows can be written while the
/// returns are still being read (``MonthStream/stream(_:)``); ``finish(_:)`` writes what
/// needs the whole month. A workbook built from the spool alone takes the same steps, and the
/// formats are numbered when it opens (``Workbook/pin(_:)``), so both give the same bytes.
final class AreaWorkbook {
    let area: Area
    let path: String
    private let workbook: Workbook
    private let summary: Worksheet
    private let progress: Worksheet
    /// The area's form sheets, in model order (the checklist form last).
    let sheets: [FormSheet]
    /// How many of `sheets` have begun, in order.
    private var started = 0
    /// The sheet whose rows were written as they were read, if any.
    private(set) var streamed: FormSheet?

    init(area: Area, model: Model, period: Period, path: String, options: Workbook.Options, rowsPerSheet: Int) throws {
        self.area = area
        self.path = path
        workbook = try Workbook(path: path, options: options)
        try workbook.setProperties(MonthWriter.properties(model: model, period: period, title: "Tổng hợp \(area.name) — \(period)"))
        summary = try workbook.addWorksheet(SummarySheet.name)
        progress = try workbook.addWorksheet(ProgressSheet.name)
        try workbook.pin(FormSheet.formats)
        sheets = model.forms(of: area).map { FormSheet(form: $0, area: area, model: model, period: period, rowsPerSheet: rowsPerSheet) }
    }

    /// Begins the sheets up to `sheet`'s and takes its rows as they come: the sheets before it
    /// get theirs from the spool at ``finish(_:)``, the sheets after it begin only then, so a
    /// streamed form's continuation sheets still follow it.
    func stream(_ sheet: FormSheet) throws {
        guard let k = sheets.firstIndex(where: { $0 === sheet }), streamed == nil else { preconditionFailure("one streamed form") }
        try begin(upTo: k)
        streamed = sheet
    }

    /// Writes the other forms' rows from the month's spool, then the sheets that need the whole
    /// month, and closes the file.
    func finish(_ data: MonthData) throws {
        for (k, sheet) in sheets.enumerated() {
            try begin(upTo: k)
            if sheet !== streamed {
                try data.forEachRow(form: sheet.form.code) { sourced in
                    if sheet.belongs(sourced.row) { try sheet.add(sourced.row, source: sourced.file) }
                }
            }
            try sheet.finish()
        }
        let table = data.table(area)
        try SummarySheet(area: area, data: data, table: table).write(into: summary, of: workbook)
        try ProgressSheet(area: area, data: data, table: table).write(into: progress)
        try SubmissionSheet(area: area, data: data).write(into: workbook)
        try IssuesSheet(area: area, data: data).write(into: workbook)
        try workbook.close()
    }

    private func begin(upTo k: Int) throws {
        while started <= k {
            try sheets[started].start(in: workbook)
            started += 1
        }
    }
}
