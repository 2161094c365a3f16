import Archive
import Common
import Foundation
import TaskModel
import Validation

/// «Tháng này»: who has sent what for the period, units × forms, from the archive's status
/// (what `tonghop status` prints), in the colours of the workbooks: green valid, red with
/// errors, orange not sent, grey for versions replaced.
enum MonthPage {
    static func html(_ visit: Visit, grid: StatusGrid) -> String {
        let say = visit.say
        let model = visit.settings.model
        let period = visit.period
        let days = grid.daysLeft
        let deadline = days > 0 ? say("còn \(days) ngày", "\(days) days left")
            : days == 0 ? say("hạn là hôm nay", "due today") : say("đã quá hạn \(-days) ngày", "\(-days) days overdue")
        let superseded = grid.units.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.superseded.count } }
        let head = model.forms.map { f in "<th title=\"\(f.title.html)\">\(f.code.html)</th>" }.joined()
        let rows = grid.units.enumerated().map { n, unit in
            let cells = unit.cells.map { cell($0, unit: unit.code, visit: visit) }.joined()
            return """
            <tr data-unit="\(unit.code.html)"><td class="num">\(n + 1)</td>\
            <td><a href="/don-vi/\(unit.code.addingPercentEncodingForQuery.html)?ky=\(period)">\(unit.name.html)</a></td>\(cells)</tr>
            """
        }.joined(separator: "\n")
        return Layout.page(visit, title: say("Tháng này", "This month"), place: .month, body: """
        \(Layout.periodPicker(visit, action: "/thang"))
        <p class="deadline \(days < 0 ? "overdue" : "")" id="deadline">\(say("Hạn nộp", "Deadline")) \((Day(iso: grid.deadline)?.description ?? grid.deadline).html): <strong>\(deadline.html)</strong>.</p>
        <p class="legend" id="counts">\
        <span class="valid">\(say("Hợp lệ", "Valid")): \(grid.count(.valid))</span>\
        <span class="errors">\(say("Có lỗi", "With errors")): \(grid.count(.errors))</span>\
        <span class="missing">\(say("Chưa nộp", "Not sent")): \(grid.count(.missing))</span>\
        <span class="superseded">\(say("Bản đã thay", "Replaced versions")): \(superseded)</span>\
        </p>
        <div class="scroll">
        <table class="grid" id="status-grid">
        <thead><tr><th>\(say("STT", "No."))</th><th>\(say("Đơn vị", "Unit"))</th>\(head)</tr></thead>
        <tbody>
        \(rows)
        </tbody></table>
        </div>
        \(unplaced(grid, visit: visit))
        <p class="hint">\(say("Mỗi ô: ngày nhận bản đang dùng; «+1 bản cũ» là các bản đã được thay. Bấm tên đơn vị để xem lịch sử và phiếu trả lại.",
                              "Each cell: the day the current version came; «+1 older» counts the versions it replaced. A unit's name opens its history and return slip."))</p>
        """)
    }

    static func cell(_ c: StatusGrid.Cell, unit: String, visit: Visit) -> String {
        let say = visit.say
        var text: String
        switch c.state {
        case .valid: text = say("Hợp lệ", "Valid")
        case .errors: text = say("Lỗi", "Errors") + " (\(c.current?.errors ?? 0))"
        case .missing: text = say("Chưa nộp", "Not sent")
        case .notExpected: text = ""
        }
        if let current = c.current { text += " · " + Received.shown(current.receivedAt, withTime: false) }
        let older = c.superseded.isEmpty ? "" : "<br><small class=\"superseded\">+\(c.superseded.count) \(say("bản cũ", "older"))</small>"
        return "<td class=\"\(c.state.rawValue)\" data-form=\"\(c.form.html)\" data-state=\"\(c.state.rawValue)\" data-superseded=\"\(c.superseded.count)\">\(text.html)\(older)</td>"
    }

    /// Files of the period that count for nothing: another month's, or of no known form.
    static func unplaced(_ grid: StatusGrid, visit: Visit) -> String {
        guard !grid.unplaced.isEmpty else { return "" }
        let say = visit.say
        let items = grid.unplaced.map { s in
            let why = s.state == .refused ? say("tệp của kỳ \(s.belongsTo ?? "?")", "a file of \(s.belongsTo ?? "?")")
                : say("không xác định được biểu", "form not known")
            return "<li><strong>\(Messages.returnName(s.originalName, sheet: s.sheet, english: visit.english).html)</strong> (#\(s.id), \(Received.shown(s.receivedAt).html)): \(why.html)</li>"
        }.joined()
        return "<h2>\(say("Tệp không được tính", "Files not counted"))</h2><ul id=\"unplaced\">\(items)</ul>"
    }
}
