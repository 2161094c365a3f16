import Common
import TaskModel
import Validation

/// One file's reading, as the upload and unit pages show it: what was read (encoding,
/// form, units, rows) and every issue with its line, column, value and message.
enum FileCard {
    static func html(_ report: FileReport, visit: Visit, heading: String? = nil, note: String = "") -> String {
        let say = visit.say
        let model = visit.settings.model
        let messages = Messages(model: model, english: visit.english)
        let form = report.form.flatMap(model.form)
        let units = report.units.map { code in model.units.first { $0.code == code }?.name ?? code }
        let state = report.errorCount > 0 ? "errors" : report.warningCount > 0 ? "warnings" : "clean"
        let stateText = report.errorCount > 0 ? say("Có lỗi", "Has errors") : report.warningCount > 0 ? say("Có cảnh báo", "Has warnings") : say("Hợp lệ", "Valid")
        let rows = report.rows
        let facts = [
            (say("Bảng mã", "Encoding"), report.encoding ?? "—"),
            (say("Biểu", "Form"), form.map { "\($0.code) — \($0.title)" } ?? (report.form ?? "—")),
            (say("Đơn vị", "Unit"), units.isEmpty ? "—" : units.joined(separator: ", ")),
            (say("Dòng đọc / nhận / loại / bỏ qua", "Rows read / accepted / rejected / skipped"),
             "\(rows.read) / \(rows.accepted) / \(rows.rejected) / \(rows.skipped)"),
        ].map { "<dt>\($0.0.html)</dt><dd>\($0.1.html)</dd>" }.joined()
        var issues = ""
        if !report.issues.isEmpty {
            let lines = report.issues.map { i in
                let column = i.column.map { messages.title($0, form) } ?? ""
                return """
                <tr class="\(i.severity.rawValue)"><td>\(severity(i.severity, visit).html)</td><td>\(i.line.map(String.init) ?? "")</td>\
                <td>\((report.sheetCell(of: i) ?? "").html)</td><td>\(column.html)</td><td>\((i.value ?? "").html)</td><td>\(messages.body(i, form: form).html) <code>\(i.code.rawValue.html)</code></td></tr>
                """
            }.joined(separator: "\n")
            let omitted = report.issuesOmitted > 0
                ? "<p class=\"warn\">\(say("Còn \(report.issuesOmitted) vấn đề không liệt kê (vẫn được đếm).", "\(report.issuesOmitted) more issues not listed (still counted)."))</p>" : ""
            issues = """
            <table class="issues">
            \(issuesHead(visit))
            <tbody>
            \(lines)
            </tbody></table>\(omitted)
            """
        }
        return """
        <section class="file \(state)" data-file="\(report.fileName.html)" data-form="\((report.form ?? "").html)">
        <h3>\((heading ?? Messages.returnName(report.fileName, sheet: report.sheet, english: visit.english)).html) <span class="badge \(state)">\(stateText.html)</span></h3>
        \(note)
        <dl class="facts">\(facts)</dl>
        \(issues)
        </section>
        """
    }

    /// The head of an issues table, the same on a card and on a unit's page.
    static func issuesHead(_ visit: Visit) -> String {
        let say = visit.say
        return "<thead><tr><th>\(say("Mức", "Level"))</th><th>\(say("Dòng", "Line"))</th><th>\(say("Ô", "Cell"))</th>"
            + "<th>\(say("Cột", "Column"))</th><th>\(say("Giá trị", "Value"))</th><th>\(say("Nội dung", "Message"))</th></tr></thead>"
    }

    static func severity(_ s: IssueSeverity, _ visit: Visit) -> String {
        switch s {
        case .error: visit.say("Lỗi", "Error")
        case .warning: visit.say("Cảnh báo", "Warning")
        case .info: visit.say("Ghi chú", "Note")
        }
    }
}
