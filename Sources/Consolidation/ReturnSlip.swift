import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// A return slip (SPEC §5, `tra-lai/`): for one unit, what was wrong with its files, in
/// Vietnamese, so the district can send it back to be corrected.
struct ReturnSlip {
    let unit: TaskModel.Unit
    /// The unit's files that had issues.
    let files: [FileReport]
    /// How many files of the unit arrived in all.
    let received: Int
    let data: MonthData

    /// `07648-vinh-an.xlsx` (SPEC §5): the code and a slug of the name, never anything from the
    /// files themselves.
    var fileName: String { "\(Slug.make(unit.code))-\(Slug.make(unit.shortName)).xlsx" }

    func write(to path: String, tmpdir: String) throws {
        let wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: tmpdir))
        try wb.setProperties(MonthWriter.properties(data, title: "Phiếu trả lại báo cáo — \(unit.name) — \(data.period)"))
        let ws = try wb.addWorksheet("Phiếu trả lại")
        let width = 8
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
        try wb.close()
    }
}
