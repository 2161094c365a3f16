import Common
import TaskModel
import Validation
import XLSX

/// Lỗi (SPEC §5.5): every issue of the area's files, and of files whose form could not be told.
struct IssuesSheet {
    let area: Area
    let data: MonthData

    static let name = "Lỗi"

    func files() -> [FileReport] {
        let mine = Set(data.forms(of: area).map(\.code))
        return data.report.files.filter { f in f.form.map { mine.contains($0) } ?? true }
    }

    func write(into wb: Workbook) throws {
        let ws = try wb.addWorksheet(IssuesSheet.name)
        let files = files()
        // A red tab when there is something to read on it.
        if files.contains(where: { !$0.issues.isEmpty }) { try ws.setTabColor(0xC00000) }
        try IssuesSheet.table(ws, files: files, data: data, title: "DANH SÁCH LỖI VÀ CẢNH BÁO — \(area.name.uppercased())")
    }

    /// The table's columns: a return read from a workbook names its sheet with the file, and
    /// each issue's cell as Excel writes a reference (`NO01!D12`), which the clerk can paste
    /// into Excel's Go To box; a CSV file leaves «Ô» empty.
    static let headers = ["STT", "Tệp", "Dòng", "Ô", "Cột", "Giá trị", "Mức độ", "Mã lỗi", "Nội dung"]

    /// The file as the issues table names it: `NO01 Vĩnh An T5.xlsx, trang tính NO01` for a
    /// workbook, whose sheets are returns of their own; a sheet that was not read is about
    /// another sheet than the return it is listed on, so it names the file alone.
    static func place(_ file: FileReport, of issue: Issue? = nil) -> String {
        Messages.returnName(file.fileName, sheet: issue?.code == .sheetSkipped ? nil : file.sheet, english: false)
    }

    /// The issues table, shared with the return slips.
    static func table(_ ws: Worksheet, files: [FileReport], data: MonthData, title: String, firstRow: Int = 0) throws {
        let messages = Messages(model: data.model, english: false)
        let headers = IssuesSheet.headers
        let widths: [Double] = [5, 24, 6, 11, 20, 18, 9, 16, 60]
        for (c, w) in widths.enumerated() { try ws.setColumns(c, c, width: w) }
        try SheetKit.centered(ws, firstRow, 0, headers.count - 1, title, Styles.title(size: 14))
        try SheetKit.centered(ws, firstRow + 1, 0, headers.count - 1, SheetKit.periodLine(data.period), Styles.title(size: 12, bold: false, italic: true))
        let header = firstRow + 3
        for (c, h) in headers.enumerated() { try ws.write(header, c, .text(h), Styles.header) }
        var r = header + 1
        var n = 0
        for file in files {
            let form = file.form.flatMap(data.model.form)
            for issue in file.issues {
                n += 1
                let name = IssuesSheet.place(file, of: issue)
                let severity: (String, Format)
                switch issue.severity {
                case .error: severity = ("Lỗi", Styles.late)
                case .warning: severity = ("Cảnh báo", Styles.missing)
                case .info: severity = ("Ghi chú", Styles.center)
                }
                let body = messages.body(issue, form: form)
                try ws.setRow(r, height: max(SheetKit.height(for: body, width: widths[8]), SheetKit.height(for: name, width: widths[1])))
                try ws.write(r, 0, .number(Double(n)), Styles.center)
                try ws.write(r, 1, .text(name), Styles.wrapText)
                try ws.write(r, 2, issue.line.map { .number(Double($0)) } ?? .blank, Styles.center)
                try ws.write(r, 3, .text(file.sheetCell(of: issue) ?? ""), Styles.wrapText)
                try ws.write(r, 4, .text(issue.column.map { messages.title($0, form) } ?? ""), Styles.wrapText)
                try ws.write(r, 5, .text(issue.value ?? ""), Styles.wrapText)
                try ws.write(r, 6, .text(severity.0), severity.1)
                try ws.write(r, 7, .text(issue.code.rawValue + (issue.rule.map { " \($0)" } ?? "")), Styles.text)
                try ws.write(r, 8, .text(body), Styles.wrapText)
                r += 1
            }
            if file.issuesOmitted > 0 {
                try ws.write(r, 1, .text(IssuesSheet.place(file)), Styles.wrapText)
                try ws.write(r, 8, .text("CÒN \(file.issuesOmitted) VẤN ĐỀ KHÁC CỦA TỆP NÀY KHÔNG ĐƯỢC LIỆT KÊ (quá giới hạn mỗi tệp)."), Styles.late)
                r += 1
            }
        }
        if n == 0 { try ws.write(header + 1, 0, .text("Không có lỗi hay cảnh báo nào."), Styles.note) }
        try ws.freezePanes(row: header + 1, column: 0)
        if n > 0 { try ws.autofilter(header, 0, r - 1, headers.count - 1) }
        try SheetKit.print(ws, repeatRows: header...header)
    }
}
