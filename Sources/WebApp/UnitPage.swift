import Archive
import Common
import TaskModel
import Validation

/// A unit's page: every version it sent, newest first, each with the issues found when it
/// came (from the archive, as `tonghop history` lists them), and its return slip of the month
/// once the month has been built.
enum UnitPage {
    static func html(_ visit: Visit, unit: TaskModel.Unit, history: [(SubmissionRecord, [IssueRecord])]) -> String {
        let say = visit.say
        let period = visit.period.description
        let slip = MonthOutputs(root: visit.settings.outputRoot, period: period).items.first { $0.name.hasPrefix("tra-lai/\(unit.code)-") }
        let slipHTML = slip.map { item in
            "<p id=\"slip\"><a class=\"button\" href=\"/tai/\(period)/\(item.name.addingPercentEncodingForQuery.html)\">\(say("Tải phiếu trả lại tháng \(period)", "Download the return slip of \(period)").html)</a></p>"
        } ?? "<p id=\"slip\" class=\"hint\">\(say("Chưa có phiếu trả lại của tháng \(period): phiếu được lập khi bấm «Tổng hợp».", "No return slip for \(period) yet: it is made by «Build».").html)</p>"
        let versions = history.isEmpty
            ? "<p>\(say("Đơn vị này chưa gửi tệp nào.", "This unit has sent nothing yet.").html)</p>"
            : history.map { version($0.0, issues: $0.1, visit: visit) }.joined(separator: "\n")
        return Layout.page(visit, title: unit.name, place: .month, body: """
        \(Layout.periodPicker(visit, action: "/don-vi/\(unit.code.addingPercentEncodingForQuery)"))
        <p>\(say("Mã đơn vị", "Unit code")) <code>\(unit.code.html)</code> · <a href="/thang?ky=\(period)">\(say("Về bảng tháng này", "Back to this month").html)</a></p>
        \(slipHTML)
        <h2>\(say("Các lần gửi", "Submissions").html)</h2>
        <div id="history">
        \(versions)
        </div>
        """)
    }

    static func version(_ s: SubmissionRecord, issues: [IssueRecord], visit: Visit) -> String {
        let say = visit.say
        let model = visit.settings.model
        let form = s.form.flatMap(model.form)
        let state: String
        switch s.state {
        case .current: state = s.valid ? say("Đang dùng, hợp lệ", "Current, valid") : say("Đang dùng, có lỗi", "Current, with errors")
        case .superseded: state = say("Đã được thay bằng bản #\(s.supersededBy.map(String.init) ?? "?")", "Replaced by #\(s.supersededBy.map(String.init) ?? "?")")
        case .refused: state = say("Không tính: tệp của kỳ \(s.belongsTo ?? "?")", "Not counted: a file of \(s.belongsTo ?? "?")")
        case .unplaced: state = say("Không tính: không rõ biểu", "Not counted: form not known")
        }
        let css = s.state == .current ? (s.valid ? "valid" : "errors") : "superseded"
        let messages = Messages(model: model, english: visit.english)
        let rows = issues.map { i in
            let severity = IssueSeverity(rawValue: i.severity).map { FileCard.severity($0, visit) } ?? i.severity
            return """
            <tr class="\(i.severity.html)"><td>\(severity.html)</td><td>\(i.line.map(String.init) ?? "")</td>\
            <td>\((i.cell ?? "").html)</td><td>\((i.column.map { messages.title($0, form) } ?? "").html)</td><td>\((i.value ?? "").html)</td>\
            <td>\(i.message(english: visit.english).html) <code>\(i.code.html)</code></td></tr>
            """
        }.joined(separator: "\n")
        let open = s.state == .current ? " open" : ""
        let count = say("\(issues.count) vấn đề", "\(issues.count) issues")
        let issueTable = issues.isEmpty ? "" : """
        <details\(open)><summary>\(count.html)</summary>
        <table class="issues">
        \(FileCard.issuesHead(visit))
        <tbody>
        \(rows)
        </tbody></table></details>
        """
        let facts = [
            (say("Kỳ", "Period"), s.period),
            (say("Biểu", "Form"), form.map { "\($0.code) — \($0.title)" } ?? (s.form ?? "—")),
            (say("Nhận lúc", "Received"), Received.shown(s.receivedAt)),
            (say("Bảng mã", "Encoding"), s.encoding ?? "—"),
            (say("Dòng đọc / nhận / loại / bỏ qua", "Rows read / accepted / rejected / skipped"),
             "\(s.rowsRead) / \(s.rowsAccepted) / \(s.rowsRejected) / \(s.rowsSkipped)"),
            (say("Lỗi / cảnh báo", "Errors / warnings"), "\(s.errors) / \(s.warnings)"),
        ].map { "<dt>\($0.0.html)</dt><dd>\($0.1.html)</dd>" }.joined()
        return """
        <section class="file version \(css)" data-submission="\(s.id)" data-state="\(s.state.rawValue)" data-period="\(s.period)">
        <h3>#\(s.id) \(Messages.returnName(s.originalName, sheet: s.sheet, english: visit.english).html) <span class="badge \(css)">\(state.html)</span></h3>
        <dl class="facts">\(facts)</dl>
        \(issueTable)
        </section>
        """
    }
}
