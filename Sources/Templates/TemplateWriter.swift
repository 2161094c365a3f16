import Foundation
import Common
import TaskModel
import XLSX

/// Data-entry templates generated from the model (SPEC §6): what a commune fills, so that
/// the right return is the easy one.
///
/// Everything comes from the model: a new column or enumeration value appears in the
/// templates without a code change.
public struct TemplateWriter: Sendable {
    public let model: Model

    /// Rows prepared with validations; a commune rarely reports more in a month.
    public static let rows = 1000
    /// Lines above the header: the form code and title, what a row means, a blank line.
    public static let headerRow = 3
    static let listsSheet = "DanhMuc"

    public init(model: Model) { self.model = model }

    /// The title line that lets `check` recognise the form in a filled-in template.
    public func titleLine(_ form: Form) -> String {
        "Biểu \(form.code) - \(form.title) (mẫu TongHop, mô hình \(model.version))"
    }

    /// The CSV twin: UTF-8 with a BOM (so Excel keeps the diacritics), the title line, the header.
    public func csv(_ form: Form) -> Data {
        func quoted(_ s: String) -> String { s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        let text = quoted(titleLine(form)) + "\r\n" + form.columns.map { quoted($0.title) }.joined(separator: ",") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// Writes the XLSX template of a form, with `filled` rows already entered (the tests fill
    /// templates this way, as a clerk would type them).
    public func writeXLSX(_ form: Form, to path: String, filled: [[CellValue]] = []) throws {
        let wb = try Workbook(path: path)
        try wb.setProperties(.init(title: titleLine(form), author: model.organisation.compiler, company: model.organisation.issuer,
                                   created: Date(timeIntervalSince1970: 1_712_793_600)))
        let ws = try wb.addWorksheet(form.code)
        try ws.activate()
        let lists = try wb.addWorksheet(TemplateWriter.listsSheet)
        let guide = try wb.addWorksheet("Hướng dẫn")
        let listRefs = try writeLists(lists, form: form)
        try lists.hide()

        let font = "Times New Roman"
        try ws.write(0, 0, .text(titleLine(form)), Format(fontName: font, fontSize: 13, bold: true))
        try ws.write(1, 0, .text("Một dòng: \(form.rowMeans ?? "một bản ghi"). Cột có dấu * là bắt buộc. Xem trang «Hướng dẫn». Khi gửi: Tệp > Lưu thành > CSV UTF-8."),
                     Format(fontName: font, fontSize: 11, italic: true))
        let header = TemplateWriter.headerRow
        try ws.setRow(header, height: 45)
        let last = header + TemplateWriter.rows
        for (c, col) in form.columns.enumerated() {
            let title = col.title + (col.requirement == .required ? " *" : "")
            try ws.write(header, c, .text(title), Format(fontName: font, fontSize: 11, bold: true, horizontal: .center, vertical: .center,
                                                           wrap: true, border: true, fill: col.requirement == .required ? 0xFCE4D6 : 0xDDEBF7))
            let (width, format) = layout(col, font: font)
            try ws.setColumns(c, c, width: width, format: format)
            let range = CellRange(header + 1, c, last, c)
            if let v = validation(col, in: form, list: listRefs[col.key]) { try ws.dataValidation(range, v) }
        }
        for (r, row) in filled.enumerated() {
            for (c, value) in row.enumerated() where c < form.columns.count {
                try ws.write(header + 1 + r, c, value, layout(form.columns[c], font: font).1)
            }
        }
        try ws.freezePanes(row: header + 1, column: 1)
        var page = PageSetup()
        page.repeatRows = header...header
        page.footer = "&C&\"Times New Roman\"&11Trang &P/&N"
        try ws.setup(page)
        try writeGuide(guide, form: form)
        try wb.close()
    }

    private func layout(_ col: Column, font: String) -> (Double, Format) {
        switch col.type {
        case .date: return (13, Format(fontName: font, fontSize: 12, numberFormat: "dd/mm/yyyy"))
        case .money: return (16, Format(fontName: font, fontSize: 12, numberFormat: "#,##0"))
        case .int, .year: return (12, Format(fontName: font, fontSize: 12, numberFormat: "0"))
        case .decimal, .percent: return (12, Format(fontName: font, fontSize: 12, numberFormat: "#,##0.0###"))
        case .unit: return (20, Format(fontName: font, fontSize: 12))
        case .enum: return (24, Format(fontName: font, fontSize: 12))
        case .bool: return (10, Format(fontName: font, fontSize: 12, horizontal: .center))
        case .text: return (min(40, max(14, Double(col.maxLength ?? 20) / 8)), Format(fontName: font, fontSize: 12))
        }
    }

    /// Lists longer than Excel's 255 characters live on the hidden sheet and are referred to by range.
    private func writeLists(_ ws: Worksheet, form: Form) throws -> [String: String] {
        var refs: [String: String] = [:]
        var column = 0
        for col in form.columns {
            let values: [String]
            switch col.type {
            case .unit: values = model.units(kind: model.sender(of: form)).map(\.name)
            case .enum: values = model.enumeration(for: col, in: form)?.values.map(\.value) ?? []
            default: continue
            }
            try ws.write(0, column, .text(col.key))
            for (i, v) in values.enumerated() { try ws.write(i + 1, column, .text(v)) }
            if values.joined(separator: ",").utf8.count > ExcelLimits.inlineListCharacters || values.contains(where: { $0.contains(",") }) {
                refs[col.key] = CellReference.range(sheet: TemplateWriter.listsSheet, firstRow: 1, firstColumn: column, lastRow: values.count, lastColumn: column)
            }
            column += 1
        }
        return refs
    }

    private func validation(_ col: Column, in form: Form, list: String?) -> DataValidation? {
        let what = model.typeText(col, in: form)
        let input = "\(what); \(model.requirementText(col.requirement))" + (col.note.map { ". \($0)" } ?? "")
        func dv(_ kind: DataValidation.Kind, _ error: String) -> DataValidation {
            DataValidation(kind, inputTitle: String(col.title.prefix(32)), inputMessage: String(input.prefix(255)),
                           errorTitle: "Giá trị không hợp lệ", errorMessage: String(error.prefix(255)))
        }
        let lower = col.min.map { col.minExclusive ? $0 + (col.type == .decimal ? 0.0001 : 1) : $0 }
        switch col.type {
        case .unit:
            let kind = model.unitKinds.first { $0.id == model.sender(of: form) } ?? model.unitKinds[0]
            return dv(list.map { .listRange($0) } ?? .list(model.units(kind: kind.id).map(\.name)), "Chọn tên \(kind.name.lowercased()) trong danh sách.")
        case .enum:
            let values = model.enumeration(for: col, in: form)?.values.map(\.value) ?? []
            return dv(list.map { .listRange($0) } ?? .list(values), "Chọn một giá trị trong danh sách.")
        case .bool: return dv(.list(["Có", "Không"]), "Ghi Có hoặc Không.")
        case .date: return dv(.date(min: Day(year: 2000, month: 1, day: 1)!.excelSerial, max: Day(year: 2100, month: 12, day: 31)!.excelSerial),
                              "Ghi ngày dạng ngày/tháng/năm, ví dụ 31/05/2024.")
        case .int, .money: return dv(.wholeNumber(min: lower.map { Int($0) } ?? 0, max: col.max.map { Int($0) }), "Ghi số nguyên \(what).")
        case .year: return dv(.wholeNumber(min: Int(col.min ?? 1900), max: 2100), "Ghi năm bốn chữ số, ví dụ 1968.")
        case .decimal: return dv(.decimal(min: lower ?? 0, max: col.max), "Ghi số \(what).")
        case .percent: return dv(.decimal(min: 0, max: 100), "Ghi tỷ lệ từ 0 đến 100.")
        case .text: return col.maxLength.map { dv(.textLength(max: $0), "Không quá \($0) ký tự.") }
        }
    }

    private func writeGuide(_ ws: Worksheet, form: Form) throws {
        let font = "Times New Roman"
        let bold = Format(fontName: font, fontSize: 12, bold: true, vertical: .top, wrap: true, border: true, fill: 0xDDEBF7)
        let cell = Format(fontName: font, fontSize: 12, vertical: .top, wrap: true, border: true)
        try ws.write(0, 0, .text("HƯỚNG DẪN ĐIỀN BIỂU \(form.code) — \(form.title.uppercased())"), Format(fontName: font, fontSize: 14, bold: true))
        try ws.write(1, 0, .text("Một dòng: \(form.rowMeans ?? "một bản ghi"). Mô hình \(model.version)."), Format(fontName: font, fontSize: 12, italic: true))
        let widths: [Double] = [28, 18, 45, 16, 50]
        for (c, w) in widths.enumerated() { try ws.setColumns(c, c, width: w) }
        for (c, h) in ["Cột", "Mã cột", "Kiểu, giá trị cho phép", "Bắt buộc", "Quy tắc liên quan"].enumerated() { try ws.write(3, c, .text(h), bold) }
        for (i, col) in form.columns.enumerated() {
            let r = 4 + i
            let rules = form.rules.filter { $0.column == col.key || $0.check.columns.contains(col.key) }.map { "\($0.id): \($0.text.vi)" }
            try ws.write(r, 0, .text(col.title), cell)
            try ws.write(r, 1, .text(col.key), cell)
            try ws.write(r, 2, .text(model.typeText(col, in: form)), cell)
            try ws.write(r, 3, .text(model.requirementText(col.requirement)), cell)
            try ws.write(r, 4, .text(rules.joined(separator: "\n")), cell)
        }
        var r = 5 + form.columns.count
        if !form.key.isEmpty {
            try ws.write(r, 0, .text("Hai dòng trùng nhau khi giống nhau ở các cột: " + form.key.map { k in form.columns.first { $0.key == k }?.title ?? k }.joined(separator: ", ") + "."), Format(fontName: font, fontSize: 12, italic: true))
            r += 1
        }
        try ws.write(r, 0, .text("Ngày ghi dạng ngày/tháng/năm (31/05/2024). Số tiền ghi bằng đồng. Không thêm cột, không đổi tên cột."), Format(fontName: font, fontSize: 12, italic: true))
        var page = PageSetup()
        page.landscape = false
        try ws.setup(page)
    }
}
