import Foundation
import Common
import TaskModel
import XLSX

/// One area's workbook (SPEC §5): Tổng hợp, Tiến độ nhiệm vụ, a sheet per form, Tình hình
/// nộp, Lỗi.
///
/// Written in constant-memory mode (rows streamed to disk as they are written), so a
/// province-sized month takes no more memory than a district's; titles are centred across
/// columns instead of merged for that reason.
struct AreaWorkbook {
    let area: Area
    let data: MonthData

    func write(to path: String, options: Workbook.Options) throws {
        let wb = try Workbook(path: path, options: options)
        try wb.setProperties(MonthWriter.properties(data, title: "Tổng hợp \(area.name) — \(data.period)"))
        let table = data.table(area)
        try SummarySheet(area: area, data: data, table: table).write(into: wb)
        try ProgressSheet(area: area, data: data, table: table).write(into: wb)
        for form in data.forms(of: area) { try FormSheet(form: form, area: area, data: data).write(into: wb) }
        try SubmissionSheet(area: area, data: data).write(into: wb)
        try IssuesSheet(area: area, data: data).write(into: wb)
        try wb.close()
    }
}
