import Common
import TaskModel
import Validation
import XLSX

/// Tình hình nộp (SPEC §5.4): for each unit and form of the area, the files received and
/// their rows accepted and rejected, or "Chưa nộp"; a superseded file is listed with the file
/// that replaced it, another period's file with its period, neither counted.
struct SubmissionSheet {
    let area: Area
    let data: MonthData

    static let name = "Tình hình nộp"

    func write(into wb: Workbook) throws {
        let model = data.model
        let forms = data.forms(of: area)
        let ws = try wb.addWorksheet(SubmissionSheet.name)
        try ws.hideGridlines()
        let width = SheetKit.unitColumns + forms.count
        try SheetKit.unitColumnWidths(ws, following: forms.count, width: 28)
        try SheetKit.centered(ws, 0, 0, width - 1, "TÌNH HÌNH NỘP BÁO CÁO — \(area.name.uppercased())", Styles.title(size: 14))
        try SheetKit.centered(ws, 1, 0, width - 1, SheetKit.periodLine(data.period), Styles.title(size: 12, bold: false, italic: true))
        let header = 3
        try ws.setRow(header, height: 45)
        try SheetKit.unitHeader(ws, row: header, kind: model.unitKind(of: area))
        for (i, f) in forms.enumerated() { try ws.write(header, 3 + i, .text("\(f.code) — \(f.title)"), Styles.header) }
        for (u, unit) in model.units(of: area).enumerated() {
            let r = header + 1 + u
            let counts = forms.map { f in data.report.files.filter { $0.form == f.code && data.units(of: $0).contains(unit.code) }.count }
            try ws.setRow(r, height: Double(18 * max(1, counts.max() ?? 1)))
            try SheetKit.unitCells(ws, row: r, number: u + 1, unit: unit)
            for (i, f) in forms.enumerated() {
                let files = data.report.files.filter { $0.form == f.code && data.units(of: $0).contains(unit.code) }
                if files.isEmpty {
                    try ws.write(r, 3 + i, .text("Chưa nộp"), Styles.missing)
                    continue
                }
                let text = files.map { file in
                    let name = file.fileName
                    if let later = file.supersededBy {
                        return "\(name): đã thay bằng \(later.split(separator: "/").last.map(String.init) ?? later), không tính"
                    }
                    if let other = file.belongsTo { return "\(name): báo cáo kỳ \(other), không tính" }
                    return "\(name): nhận \(file.rows.accepted), loại \(file.rows.rejected)"
                }.joined(separator: "\n")
                let bad = files.contains { $0.counted && ($0.rows.rejected > 0 || $0.hasErrors) }
                try ws.write(r, 3 + i, .text(text), bad ? Styles.late : Styles.wrapText)
            }
        }
        try ws.freezePanes(row: header + 1, column: 3)
        try SheetKit.print(ws, repeatRows: header...header)
    }
}
