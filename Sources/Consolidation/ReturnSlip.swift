import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// A return slip (SPEC §5, `tra-lai/`): for one unit, what was wrong with its files, in
/// Vietnamese, so the district can send it back to be corrected.
struct ReturnSlip {
    /// The refused rows as the commune wrote them, under their file's own header, so the
    /// clerk there finds and fixes them without searching.
    func writeRows(_ ws: Worksheet) throws {
        let note = Format(fontName: Styles.font, fontSize: 12, bold: true)
        try ws.write(0, 0, .text("CÁC DÒNG CHƯA ĐƯỢC TỔNG HỢP (nguyên văn như trong tệp đã gửi)"), Format(fontName: Styles.font, fontSize: 14, bold: true))
        var r = 2
        // A row as wide as Excel allows is no use on paper: the first 200 cells are shown.
        let shown = 200
        let width = min(shown, files.map { $0.headerCells.count }.max() ?? 0)
        try ws.setColumns(0, 0, width: 7)
        if width > 0 { try ws.setColumns(1, width, width: 16) }
        for file in files where !file.rejectedRows.isEmpty {
            try ws.write(r, 0, .text("Tệp: \(IssuesSheet.place(file))"), note)
            r += 1
            try ws.setRow(r, height: 32)
            try ws.write(r, 0, .text("Dòng"), Styles.header)
            for (c, h) in file.headerCells.prefix(shown).enumerated() { try ws.write(r, c + 1, .text(h), Styles.header) }
            r += 1
            for rejected in file.rejectedRows {
                try ws.write(r, 0, .number(Double(rejected.line)), Styles.center)
                for (c, cell) in rejected.cells.prefix(shown).enumerated() { try ws.write(r, c + 1, .text(cell), Styles.text) }
                r += 1
            }
            r += 1
        }
        if r == 2 { try ws.write(r, 0, .text("Không có dòng nào bị loại; chỉ có cảnh báo."), Styles.note) }
        try SheetKit.print(ws, repeatRows: nil)
    }

    let unit: TaskModel.Unit
    /// The unit's files that had issues.
    let files: [FileReport]
    /// How many files of the unit arrived in all.
    let received: Int
    let data: MonthData

    /// `07648-vinh-an.xlsx` (SPEC §5): the code and a slug of the name, never anything from the
    /// files themselves.
    var fileName: String { "\(Slug.make(unit.code))-\(Slug.make(unit.shortName)).xlsx" }

    func write(to path: String, options: Workbook.Options) throws {
        let wb = try Workbook(path: path, options: options)
        try wb.setProperties(MonthWriter.properties(model: data.model, period: data.period, title: "Phiếu trả lại báo cáo — \(unit.name) — \(data.period)"))
        let ws = try wb.addWorksheet("Phiếu trả lại")
        let width = IssuesSheet.headers.count
        var row = try SheetKit.letterhead(ws, model: data.model, period: data.period, width: width)
        try SheetKit.centered(ws, row, 0, width - 1, "PHIẾU TRẢ LẠI BÁO CÁO THÁNG \(data.period.month)/\(data.period.year)", Styles.title(size: 14))
        row += 1
        try SheetKit.centered(ws, row, 0, width - 1, "Kính gửi: Đảng ủy, UBND \(unit.name)", Styles.title(size: 12, bold: true, italic: false))
        row += 1
        let errors = files.reduce(0) { $0 + $1.errorCount }, warnings = files.reduce(0) { $0 + $1.warningCount }
        let rejected = files.reduce(0) { $0 + $1.rows.rejected }
        let intro = "\(data.model.organisation.compiler) đã nhận \(received) tệp báo cáo của đơn vị; \(files.count) tệp có \(errors) lỗi (\(rejected) dòng chưa được tổng hợp) và \(warnings) cảnh báo. Đề nghị đơn vị sửa các dòng dưới đây và gửi lại."
        try ws.write(row, 0, .text(intro), Styles.note)
        try IssuesSheet.table(ws, files: files, data: data, title: "CÁC LỖI, CẢNH BÁO CẦN XEM LẠI", firstRow: row + 2)
        try writeRows(try wb.addWorksheet("Dòng cần sửa"))
        try wb.close()
    }
}
